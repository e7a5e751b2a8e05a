// Screenshots for looking at pages during development (SHOT_WIDTH=375 for a phone):
//   node shot.mjs BASE_URL OUTDIR [user password] path...
import { chromium } from 'playwright-core';
const [base, out, ...rest] = process.argv.slice(2);
let user = null, pass = null, paths = rest;
if (rest[0] === '--login') { user = rest[1]; pass = rest[2]; paths = rest.slice(3); }
const ctx = await chromium.launchPersistentContext(`/tmp/shot-profile-${Date.now()}`, {
  executablePath: '/usr/bin/chromium', viewport: { width: Number(process.env.SHOT_WIDTH || 1280), height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
// SHOT_DISPLAY=care-l-hc: the reading aids' cookie (web/display.h).
if (process.env.SHOT_DISPLAY) await ctx.addCookies([{ name: 'gk_display', value: process.env.SHOT_DISPLAY, url: base }]);
const page = await ctx.newPage();
if (user) {
  await page.goto(base + '/login');
  await page.fill('#login-username', user);
  await page.fill('#login-password', pass);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type=submit]')]);
  if (page.url().includes('/console/password')) {
    const fields = await page.$$('input[type=password]');
    await fields[0].fill(pass);
    await fields[1].fill('Shot-Mima-2026#x');
    await fields[2].fill('Shot-Mima-2026#x');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/console/password"] button[type=submit]')]);
    console.log('password changed; new password Shot-Mima-2026#x');
  }
}
for (const p of paths) {
  await page.goto(base + p);
  const name = p.replace(/[^a-z0-9]+/gi, '_') || 'root';
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: !process.env.SHOT_VIEWPORT });
  console.log(`${out}/${name}.png`);
}
await ctx.close();
