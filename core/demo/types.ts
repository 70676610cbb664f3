import type { AppHandle } from '../app';
import type { Method, MethodInput, MethodOutput } from '../contract';

export interface DemoContext {
  today: string;
  /** Calls the contract and throws if the demo data breaks a rule (demo data must be valid data). */
  call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export type DemoSeeder = (demo: DemoContext) => Promise<void>;

export function demoContext(app: AppHandle, today: string): DemoContext {
  return {
    today,
    async call(method, input) {
      const result = await app.invoke(method, input);
      if (!result.ok) throw new Error(`Demo data refused by ${method}: ${JSON.stringify(result.error)}`);
      return result.value;
    },
  };
}
