// The few parts of oidc-provider the tests use (the package ships no types).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface Account {
    accountId: string;
    claims(): Record<string, unknown>;
  }

  export default class Provider {
    constructor(
      issuer: string,
      configuration: Record<string, unknown> & { findAccount(ctx: unknown, sub: string): Account | undefined },
    );
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
