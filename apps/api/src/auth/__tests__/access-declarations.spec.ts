import 'reflect-metadata';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { FEATURE_MODULES } from '../../app.module';
import { resolversOf } from '../../graphql/feature-resolvers';
import { ACCESS_METADATA } from '../access.decorators';

/**
 * The guard refuses a Query or Mutation that declares no access rule; this test finds such an omission before a
 * user does. (Field resolvers are reached only through a guarded top-level field.)
 */
describe('access declarations', () => {
  const resolvers = resolversOf(FEATURE_MODULES);

  it('finds the resolvers of every feature module', () => {
    expect(resolvers.map((resolver) => resolver.name)).toEqual(expect.arrayContaining(['AuthResolver', 'ProjectResolver', 'DeliberationResolver', 'DocumentResolver']));
  });

  it('gives every query and mutation an explicit access rule', () => {
    const undeclared: string[] = [];
    let checked = 0;
    for (const resolver of resolvers) {
      for (const name of Object.getOwnPropertyNames(resolver.prototype)) {
        const handler = resolver.prototype[name] as unknown;
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const kind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        checked += 1;
        const rule = Reflect.getMetadata(ACCESS_METADATA, handler) ?? Reflect.getMetadata(ACCESS_METADATA, resolver);
        if (!rule) undeclared.push(`${resolver.name}.${name}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(undeclared).toEqual([]);
  });
});
