import type { JsonValue } from '@invataxi/domain';

export type { JsonValue };
export type JsonObject = { [key: string]: JsonValue };
