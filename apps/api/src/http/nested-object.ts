import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

/**
 * A nested object field: it must be an object (class-validator's ValidateNested alone lets an
 * absent one through, so a handler met `undefined` and answered 500), and its own fields are
 * validated. With @IsOptional() before it, absent or null passes.
 */
export function NestedObject(type: () => new () => object): PropertyDecorator {
  return applyDecorators(IsObject(), ValidateNested(), Type(type));
}
