import { expect, type Locator, type Page } from '@playwright/test';

/** What has the keyboard focus: role-ish tag, name and text, or «body» when focus was lost. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') ?? el.id ?? '';
    return `<${el.tagName.toLowerCase()}> ${name} «${(el.textContent ?? '').trim().slice(0, 60)}»`;
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus, as a keyboard user would, never passing through
 * the page body (focus lost) on the way. Returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<number> {
  await target.waitFor();
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `Not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${await focusedElement(page)}`,
  );
}

/** Focus is somewhere a keyboard user can go on from, not dropped to the page body. */
export async function expectFocusKept(page: Page): Promise<void> {
  await expect.poll(() => focusedElement(page)).not.toBe('body');
}

/**
 * On a focused native select: the arrow keys until the option with this text is chosen. The options are read again
 * after each key, since a choice may reload the list and with it the years on offer.
 */
export async function chooseWithArrows(page: Page, select: Locator, label: string): Promise<void> {
  await expect(select).toBeFocused();
  for (let presses = 0; presses < 30; presses++) {
    const { target, current, options } = await select.evaluate((el, wanted) => {
      const s = el as HTMLSelectElement;
      const texts = [...s.options].map((o) => (o.textContent ?? '').trim());
      return { target: texts.indexOf(wanted), current: s.selectedIndex, options: texts };
    }, label);
    if (target < 0) throw new Error(`No option «${label}» in ${options.join(', ')}`);
    if (target === current) break;
    await page.keyboard.press(target > current ? 'ArrowDown' : 'ArrowUp');
    // A choice that reloads a list must not take the select away from under the keyboard.
    await expect(select).toBeFocused();
  }
  await expect(select.locator('option:checked')).toHaveText(label);
}

/** Replaces what a focused text field holds, with the keyboard. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Focus is on `region` or on something inside it (the ErrorSummary focuses its own inner group). */
export async function expectFocusWithin(region: Locator): Promise<void> {
  await expect.poll(() => region.evaluate((el) => el.contains(document.activeElement))).toBe(true);
}
