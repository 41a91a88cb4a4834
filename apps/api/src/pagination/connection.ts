import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { encodeCursor, type PageRequest } from './page-request';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for a node type: `MemberConnection`, `AuditEventConnection`… */
export function Connection<T>(nodeType: Type<T>): Type<ConnectionShape<T>> {
  @ObjectType(`${nodeType.name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

/** Builds a connection from `first + 1` rows fetched in order: the extra row only says there is a next page. */
export function toConnection<Row extends { id: string }, T>(rows: Row[], totalCount: number, page: PageRequest, toNode: (row: Row) => T): ConnectionShape<T> {
  const visible = rows.slice(0, page.first);
  const edges = visible.map((row) => ({ cursor: encodeCursor(row.id), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
