import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ACCESS_KEY, type AccessRule } from '@invataxi/auth';

export interface RouteInfo {
  method: string;
  path: string;
  controller: string;
  handler: string;
  access: AccessRule | undefined;
}

function join(a: string, b: string): string {
  const p = `/${[a, b]
    .filter((s) => s && s !== '/')
    .map((s) => s.replace(/^\/|\/$/g, ''))
    .join('/')}`;
  return p === '/' ? p : p.replace(/\/$/, '');
}

/** Every HTTP route the Nest application serves, with the access rule it declares. */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const out: RouteInfo[] = [];
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!type) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, type) as string | string[] | undefined) ?? '';
      const bases = Array.isArray(base) ? base : [base];
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        if (name === 'constructor') continue;
        const fn = (type.prototype as Record<string, unknown>)[name];
        if (typeof fn !== 'function') continue;
        const sub = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
        if (sub === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as number];
        const access =
          (Reflect.getMetadata(ACCESS_KEY, fn) as AccessRule | undefined) ??
          (Reflect.getMetadata(ACCESS_KEY, type) as AccessRule | undefined);
        for (const b of bases)
          for (const s of Array.isArray(sub) ? sub : [sub])
            out.push({ method, path: join(b, s), controller: type.name, handler: name, access });
      }
    }
  }
  return out;
}
