import { SetMetadata } from '@nestjs/common';
import { MEMBER_ROLES, type MemberRoleName } from '@passerelles/domain/member-role';

export const ACCESS_METADATA = 'passerelles:access';

export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly MemberRoleName[] };

/** Reachable without a session (sign-up, login, invitation preview, health). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Any signed-in person, whatever their role in the current collectivité (switching collectivité, logout). */
export const Authenticated = () => SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessRule);

/** Only these roles in the current collectivité. Resolvers without any access decorator are refused. */
export const Roles = (...roles: MemberRoleName[]) => SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule);

export const AnyMember = () => Roles(...MEMBER_ROLES);
