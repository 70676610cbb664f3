import type { Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text field or select by its whole label, with or without the «(må fylles ut)» mark. */
export function field(page: Page, label: string, role: 'textbox' | 'combobox' = 'textbox') {
  return page.getByRole(role, { name: new RegExp(`^${escape(label)}( \\(må fylles ut\\))?$`) });
}
