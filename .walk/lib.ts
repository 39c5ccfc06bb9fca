import { chromium, type Page, type Browser } from 'playwright-core';
import { generate } from 'otplib';
export const BASE = 'http://127.0.0.1:4721';
export const SIM = 'http://127.0.0.1:4722';
export const SECRETS: Record<string, string> = {
  '+77000000001': '3QXEAQXLTOP3GZLUTFILWYT56OQ5KYPX',
};
export async function browser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
}
export async function staff(b: Browser, phone: string, lang = 'en'): Promise<Page> {
  const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: lang });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.goto(`${BASE}/signin/staff`);
  await page.locator('#field-login, input[autocomplete="username"]').first().fill(phone);
  await page.locator('#field-password').fill('invataxi-demo-2026');
  await page.keyboard.press('Enter');
  const secret = SECRETS[phone];
  if (secret) {
    await page.locator('#field-totp').waitFor();
    await page.locator('#field-totp').fill(await generate({ secret }));
    await page.keyboard.press('Enter');
  }
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 15000 });
  return page;
}
export async function smsCount(phone: string): Promise<number> {
  const r = await fetch(`${SIM}/sms/_control/messages?recipient=${encodeURIComponent(phone)}`);
  return ((await r.json()) as unknown[]).length;
}
export async function smsTo(phone: string, after: number): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const r = await fetch(`${SIM}/sms/_control/messages?recipient=${encodeURIComponent(phone)}`);
    const list = (await r.json()) as { text: string }[];
    if (list.length > after) return list[list.length - 1]!.text;
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new Error('no sms');
}
let n = 0;
export async function shot(page: Page, name: string) {
  n++;
  await page.screenshot({ path: `/tmp/h21walk/shots/${String(n).padStart(2, '0')}-${name}.png`, fullPage: true });
}
