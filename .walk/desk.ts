import { browser, staff, shot } from './lib';
(async () => {
  const b = await browser();
  const page = await staff(b, '+77000000003');
  await page.locator('nav.main-nav').getByRole('link', { name: 'Phone desk', exact: true }).click();
  await page.locator('#field-find').waitFor();
  await page.locator('#field-find').focus();
  const t0 = Date.now();
  await page.keyboard.type('Ерлан');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  console.log('focus after find:', await page.evaluate(() => document.activeElement?.textContent?.trim()));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1200);
  console.log('focus after choose:', await page.evaluate(() => document.activeElement?.id));
  await shot(page, 'desk-person');
  const tab = async (pred: string, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const ok = await page.evaluate(pred);
      if (ok) return;
    }
    throw new Error('not reached: ' + pred);
  };
  await tab(`document.activeElement?.id === 'field-from'`);
  const desc = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' | ');
  });
  console.log('from field description:', desc);
  console.log('popover open on focus?', await page.locator('.popover').count());
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  console.log('options after ArrowDown:', await page.getByRole('option').count());
  await page.keyboard.press('Enter');
  await tab(`document.activeElement?.id === 'field-to'`);
  await page.keyboard.type('Syganak');
  await page.getByRole('option', { name: /Syganak/ }).first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tab(`document.activeElement?.id === 'field-time'`);
  await page.keyboard.type('1010');
  await tab(`document.activeElement?.id === 'field-withReturn'`);
  await page.keyboard.press('Space');
  await tab(`document.activeElement?.id === 'field-returnTime'`);
  await page.keyboard.type('1300');
  await tab(`document.activeElement?.tagName === 'BUTTON' && document.activeElement?.textContent === 'Book by phone'`);
  await shot(page, 'desk-form-filled');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(2500);
  console.log('focus after booking:', await page.evaluate(() => [document.activeElement?.id, document.activeElement?.textContent?.slice(0, 200)]));
  console.log('announce:', await page.locator('#desk-announce').textContent());
  console.log('seconds from find to booked:', (Date.now() - t0) / 1000);
  await shot(page, 'desk-booked');
  console.log('ERRORS', await page.locator('.notice-error, .field-error').allTextContents());
  await b.close();
})().catch((e) => { console.error(e); process.exit(1); });
