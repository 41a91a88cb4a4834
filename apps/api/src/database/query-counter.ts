import { Injectable } from '@nestjs/common';

/** Counts SQL statements sent by this process: the N+1 tests compare it before and after a request. */
@Injectable()
export class QueryCounter {
  private statements = 0;

  increment(): void {
    this.statements += 1;
  }

  get total(): number {
    return this.statements;
  }
}
