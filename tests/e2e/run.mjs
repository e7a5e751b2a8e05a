// Browser test of gongkai in Debian's Chromium (Playwright, no downloaded browser).
//
//   node run.mjs /path/to/gongkai
//
// Starts a fresh demo installation on a loopback port, checks the public home
// page and the login page with axe-core, then logs in as the administrator,
// creates a user, logs out and checks the session is gone; then an item goes
// through review, and a 依申请公开 application goes from the public form through
// the officer and the signer back to the applicant's reply letter (and its PDF).
// Prints one line per check and ends with "N passed, N failed". Screenshots
// and the letter's PDF go to test-results/.
import { spawn, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// The date `offsetDays` from today in China (UTC+8), YYYY-MM-DD. The server
// checks Art. 26 (20 working days from 成文日期) against its real clock, so a
// fixed date would turn this test red a few weeks later.
function chinaDateFromToday(offsetDays) {
  return new Date(Date.now() + 8 * 3600e3 + offsetDays * 86400e3).toISOString().slice(0, 10);
}

const kGlobalTimeoutMs = Number(process.env.E2E_TIMEOUT_SECONDS || 360) * 1000;
const kActionTimeoutMs = 10_000;
const kChromium = '/usr/bin/chromium';
const kChromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const here = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(here, 'test-results');
const require = createRequire(import.meta.url);
// Injected through page.evaluate, not page.addScriptTag: addScriptTag inserts
// an inline <script>, which gongkai's Content-Security-Policy rightly blocks,
// and the test should see the pages with their real CSP.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const results = { passed: 0, failed: 0 };
const state = { server: null, serverLog: [], context: null, tmp: null, cleaned: false };

function log(line) {
  process.stdout.write(`${line}\n`);
}

// Runs one check; a failed check fails those that name it in `needs`.
const failedChecks = new Set();
async function check(name, fn, needs = []) {
  const blocker = needs.find((n) => failedChecks.has(n));
  if (blocker) {
    results.failed++;
    failedChecks.add(name);
    log(`FAIL ${name} (not run: "${blocker}" failed)`);
    return;
  }
  try {
    await fn();
    results.passed++;
    log(`ok   ${name}`);
  } catch (err) {
    results.failed++;
    failedChecks.add(name);
    log(`FAIL ${name}: ${err && err.message ? err.message : err}`);
    await screenshot(`failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function screenshot(name) {
  const page = state.context?.pages()[0];
  if (!page) return;
  try {
    await page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });
  } catch {
    // The page may be gone (browser crashed); the check's message says why.
  }
}

function run(file, args) {
  return new Promise((resolvePromise) => {
    execFile(file, args, { timeout: 60_000 }, (error, stdout, stderr) => {
      resolvePromise({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

// Starts `gongkai serve` on a free loopback port; resolves to its base URL.
function startServer(bin, dataDir) {
  return new Promise((resolvePromise, reject) => {
    const server = spawn(bin, ['serve', '--data', dataDir, '--listen', '127.0.0.1:0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    state.server = server;
    const keep = (chunk) => {
      state.serverLog.push(...chunk.toString().split('\n').filter(Boolean));
      if (state.serverLog.length > 200) state.serverLog.splice(0, state.serverLog.length - 200);
    };
    const timer = setTimeout(() => reject(new Error('no "listening on" line within 20 s')), 20_000);
    let buffered = '';
    server.stdout.on('data', (chunk) => {
      keep(chunk);
      buffered += chunk.toString();
      const m = buffered.match(/gongkai: listening on (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolvePromise(m[1].replace(/\/$/, ''));
      }
    });
    server.stderr.on('data', keep);
    server.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (code ${code}, signal ${signal})`));
    });
    server.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

// Sends SIGTERM and waits for the exit; SIGKILL after `ms`. Resolves to the exit code.
function stopServer(ms = 10_000) {
  const server = state.server;
  if (!server || server.exitCode !== null || server.signalCode !== null) {
    return Promise.resolve(server ? server.exitCode : null);
  }
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => server.kill('SIGKILL'), ms);
    server.removeAllListeners('exit');
    server.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolvePromise(signal ? signal : code);
    });
    server.kill('SIGTERM');
  });
}

async function cleanup() {
  if (state.cleaned) return;
  state.cleaned = true;
  await state.context?.close().catch(() => {});
  await stopServer(5_000);
  if (state.tmp) await rm(state.tmp, { recursive: true, force: true }).catch(() => {});
}

async function axeCheck(page, url, shot, status = 200) {
  const response = await page.goto(url);
  assert(response && response.status() === status, `GET ${url} answered ${response?.status()}, expected ${status}`);
  await screenshot(shot);
  await axeCurrent(page);
}

// Runs axe on the page as it is, without navigating: for pages reached by POST.
async function axeCurrent(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const out = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return out.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}  ${n.html.slice(0, 160)}`),
    }));
  });
  if (violations.length > 0) {
    for (const v of violations) {
      log(`     axe ${v.id} (${v.impact}): ${v.help}`);
      for (const n of v.nodes) log(`         ${n}`);
    }
    throw new Error(`${violations.length} accessibility violation(s) on ${pathOf(page)}`);
  }
}

// The visible text of the page, shortened, to explain a failure.
async function bodyText(page) {
  const text = await page.locator('body').innerText({ timeout: 2_000 }).catch(() => '');
  return text.replace(/\s+/g, ' ').trim().slice(0, 400);
}

// The whole visible text of the page, whitespace collapsed: for checking
// what a page says.
async function fullText(page) {
  const text = await page.locator('body').innerText({ timeout: 2_000 }).catch(() => '');
  return text.replace(/\s+/g, ' ').trim();
}

function pathOf(page) {
  return new URL(page.url()).pathname;
}

// The page's width overflows a 375 px phone when anything outside a
// scrolling box (tables scroll in their own .table-wrap) reaches past it.
async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) continue;
      let scroller = el.parentElement;
      while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      if (!scroller) out.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.right)} px)`);
    }
    return out.slice(0, 5);
  });
}

// The focused element draws a visible focus indicator.
async function focusVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing focused';
    const s = getComputedStyle(el);
    const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    return ring || s.boxShadow !== 'none' ? '' : `${el.tagName} ${el.textContent.trim().slice(0, 20)} has no visible focus`;
  });
}

// Presses Tab until `predicate` (run in the page on the focused element)
// holds; returns false after `max` presses.
async function tabUntil(page, predicate, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return true;
  }
  return false;
}

// 关怀版, 字号 and 高对比度 (web/display.h), the phone layout, the page tools
// (分享 with its QR code, 朗读全文) and a keyboard-only walk.
async function readingAidChecks(base, publicPages, ready) {
  let browser = null;
  let noJs = null;
  await check('reading aids: a browser without scripts opens', async () => {
    browser = await chromium.launch({ executablePath: kChromium, args: kChromiumArgs });
    noJs = await browser.newPage({ javaScriptEnabled: false, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    noJs.setDefaultTimeout(kActionTimeoutMs);
  }, ready);
  const noJsReady = [...ready, 'reading aids: a browser without scripts opens'];
  const htmlClass = (page) => page.evaluate(() => document.documentElement.className);
  const shot = (page, name) => page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true }).catch(() => {});

  await check('关怀版, 字号 and 高对比度 switch with plain links and are remembered', async () => {
    await noJs.goto(`${base}/xxgk`);
    await noJs.getByRole('link', { name: '关怀版', exact: true }).click();
    assert(pathOf(noJs) === '/xxgk', `came back to ${pathOf(noJs)}, not /xxgk`);
    assert((await htmlClass(noJs)).includes('display-care'), `<html class="${await htmlClass(noJs)}">`);
    const px = await noJs.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.breadcrumb, .site-main p')).fontSize));
    assert(px >= 18, `small print is ${px} px in 关怀版`);
    await noJs.getByRole('link', { name: '字号：大' }).click();
    assert(await noJs.getByRole('link', { name: '字号：大' }).getAttribute('aria-current') === 'true', '大 not marked current');
    await noJs.getByRole('link', { name: '高对比度' }).click();
    const cls = await htmlClass(noJs);
    assert(cls.includes('display-care') && cls.includes('font-l') && cls.includes('contrast-high'), `<html class="${cls}">`);
    await noJs.goto(`${base}/`);
    assert((await htmlClass(noJs)) === cls, 'the choice was not remembered on the next page');
    const bg = await noJs.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert(bg === 'rgb(0, 0, 0)', `high contrast background is ${bg}`);
    await shot(noJs, 'display-care-l-hc-home');
    await noJs.getByRole('link', { name: '标准版' }).click();
    await noJs.getByRole('link', { name: '字号：中' }).click();
    await noJs.getByRole('link', { name: '常规配色' }).click();
    assert((await htmlClass(noJs)) === '', `back to standard, <html class="${await htmlClass(noJs)}">`);
    // A mode is a link that can be shared; it returns only to this site.
    await noJs.goto(`${base}/display?mode=care&next=${encodeURIComponent('/apply')}`);
    assert(pathOf(noJs) === '/apply' && (await htmlClass(noJs)).includes('display-care'), `at ${pathOf(noJs)}`);
    await noJs.goto(`${base}/display?mode=standard&next=${encodeURIComponent('//example.com/')}`);
    assert(new URL(noJs.url()).origin === base && pathOf(noJs) === '/', `went to ${noJs.url()}`);
  }, noJsReady);

  // Every public page type at 375 px: nothing wider than the screen.
  await check('every public page type fits a 375 px phone without horizontal scrolling', async () => {
    await noJs.setViewportSize({ width: 375, height: 800 });
    const bad = [];
    for (const [name, path, status] of [['home', '/'], ...publicPages]) {
      if ((status ?? 200) !== 200) continue;
      await noJs.goto(`${base}${path}`);
      const over = await horizontalOverflow(noJs);
      if (over.length) bad.push(`${path}: ${over.join(', ')}`);
      if (['home', 'xxgk', 'column', 'policy', 'apply', 'search'].includes(name)) await shot(noJs, `phone-${name}`);
    }
    assert(bad.length === 0, `wider than 375 px:\n       ${bad.join('\n       ')}`);
  }, noJsReady);

  await check('the phone menu folds behind 栏目导航 and opens without scripts', async () => {
    await noJs.goto(`${base}/`);
    assert(!(await noJs.locator('#main-nav-list').isVisible()), 'the menu is open before it was asked for');
    await noJs.getByRole('link', { name: '栏目导航' }).click();
    assert(await noJs.getByRole('link', { name: '政府信息公开', exact: true }).first().isVisible(), 'the menu did not open');
  }, noJsReady);

  // Each mode on the main page types, wide and narrow: no axe violation, no overflow.
  const modes = [['care', 'care'], ['hc', 'hc'], ['care-l', 'care-l']];
  const typical = [['home', '/'], ...publicPages.filter(([name]) =>
    ['home', 'xxgk', 'column', 'policy', 'interpretation', 'search', 'apply', 'consultations', 'enforcement', 'normative'].includes(name))];
  for (const [mode, token] of modes) {
    await check(`${mode} mode: the main page types pass axe at 1280 px and fit 375 px`, async () => {
      // axe needs scripts: a page of its own, in its own cookie jar.
      const p = await browser.newPage({ locale: 'zh-CN' });
      p.setDefaultTimeout(kActionTimeoutMs);
      await p.context().addCookies([{ name: 'gk_display', value: token, url: base }]);
      const bad = [];
      try {
        for (const [name, path] of typical) {
          await p.setViewportSize({ width: 1280, height: 900 });
          await p.goto(`${base}${path}`);
          await axeCurrent(p);
          if (['home', 'policy'].includes(name)) await shot(p, `mode-${mode}-${name}`);
          await p.setViewportSize({ width: 375, height: 800 });
          await p.reload();
          const over = await horizontalOverflow(p);
          if (over.length) bad.push(`${path}: ${over.join(', ')}`);
          if (['home', 'policy'].includes(name)) await shot(p, `mode-${mode}-${name}-375`);
        }
      } finally {
        await p.context().close();
      }
      assert(bad.length === 0, `wider than 375 px:\n       ${bad.join('\n       ')}`);
    }, noJsReady);
  }
  await browser?.close().catch(() => {});

  // With scripts: 分享 shows the page's QR code; 朗读全文 reads paragraph by paragraph.
  const page = state.context?.pages()[0];
  const policy = publicPages.find(([name]) => name === 'policy')[1];
  await check('分享 shows a QR code of the page', async () => {
    await page.goto(`${base}${policy}`);
    await page.getByText('分享', { exact: true }).click();
    const img = page.getByRole('img', { name: '本页网址的二维码' });
    await img.waitFor();
    const width = await img.evaluate((el) => el.complete ? el.naturalWidth : 0);
    assert(width > 0, 'the QR image did not load');
  }, ready);
  await check('朗读全文 reads the article, marks the paragraph, pauses and stops', async () => {
    await page.goto(`${base}${policy}`);
    // No voice in a headless browser: the utterances are only counted.
    await page.evaluate(() => { window.spoken = []; window.speechSynthesis.speak = (u) => window.spoken.push(u.text); });
    await page.getByRole('button', { name: '朗读全文' }).click();
    assert((await page.locator('.is-reading').count()) === 1, 'no paragraph marked as being read');
    const spoken = await page.evaluate(() => window.spoken);
    assert(spoken.length === 1 && spoken[0].length > 0, `spoke ${JSON.stringify(spoken)}`);
    await page.getByRole('button', { name: '暂停' }).click();
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByRole('button', { name: '停止' }).click();
    assert((await page.locator('.is-reading').count()) === 0, 'still marked after stop');
    assert(await page.getByRole('button', { name: '朗读全文' }).isVisible(), '朗读全文 did not come back');
  }, ready);

  // Keyboard only: skip link, reading aids, menu, search, a result, the application form.
  await check('keyboard only: skip link, menu, search, a result and the application form, each visibly focused', async () => {
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    assert(await page.evaluate(() => document.activeElement.classList.contains('skip-link')), 'Tab does not reach the skip link first');
    assert((await focusVisible(page)) === '', await focusVisible(page));
    await page.keyboard.press('Enter');
    assert(new URL(page.url()).hash === '#main', 'the skip link does not go to #main');
    await page.goto(`${base}/`);
    const steps = [
      ['关怀版', () => document.activeElement.textContent === '关怀版'],
      ['the menu', () => document.activeElement.closest('.main-nav-list') !== null && document.activeElement.textContent === '政府信息公开'],
      ['the search box', () => document.activeElement.id === 'site-search-q'],
    ];
    for (const [what, predicate] of steps) {
      if (what === 'the search box') await page.goto(`${base}/`);
      assert(await tabUntil(page, predicate), `Tab never reaches ${what}`);
      assert((await focusVisible(page)) === '', `${what}: ${await focusVisible(page)}`);
    }
    await page.keyboard.type('食品');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?/);
    assert(await tabUntil(page, () => document.activeElement.closest('.search-results') !== null), 'Tab never reaches a result');
    assert((await focusVisible(page)) === '', `a result: ${await focusVisible(page)}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/items\//);
    await page.goto(`${base}/apply`);
    assert(await tabUntil(page, () => document.activeElement.closest('form') !== null && ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName)),
      'Tab never reaches the application form');
    assert((await focusVisible(page)) === '', `the form: ${await focusVisible(page)}`);
  }, ready);
}

async function main() {
  const bin = process.argv[2] ? resolve(process.argv[2]) : '';
  if (!bin || !existsSync(bin)) {
    log(`usage: node run.mjs /path/to/gongkai (got "${process.argv[2] ?? ''}")`);
    results.failed++;
    return;
  }
  await rm(resultsDir, { recursive: true, force: true });
  await mkdir(resultsDir, { recursive: true });
  state.tmp = await mkdtemp(join(tmpdir(), 'gongkai-e2e-'));
  const dataDir = join(state.tmp, 'data');
  const password = `Gk-${randomBytes(18).toString('base64url')}`;
  const username = `e2e${randomBytes(4).toString('hex')}`;
  let base = '';
  let page = null;
  let initOutput = '';

  await check('init --demo creates the installation', async () => {
    const r = await run(bin, ['init', '--demo', '--data', dataDir, '--admin-password', password]);
    assert(r.code === 0, `exit ${r.code}: ${r.stderr.trim()}`);
    assert(/管理员账号[:：]\s*admin/.test(r.stdout), `no "管理员账号: admin" in output:\n${r.stdout}`);
    initOutput = r.stdout;
  });

  await check('server starts on a loopback port', async () => {
    base = await startServer(bin, dataDir);
    log(`     ${base}`);
  }, ['init --demo creates the installation']);

  await check('browser starts', async () => {
    state.context = await chromium.launchPersistentContext(join(state.tmp, 'profile'), {
      executablePath: kChromium,
      args: kChromiumArgs,
      locale: 'zh-CN',
    });
    state.context.setDefaultTimeout(kActionTimeoutMs);
    state.context.setDefaultNavigationTimeout(kActionTimeoutMs);
    page = state.context.pages()[0] ?? (await state.context.newPage());
  });

  const ready = ['server starts on a loopback port', 'browser starts'];
  await check('axe: home page has no violations', () => axeCheck(page, `${base}/`, 'home'), ready);
  await check('axe: login page has no violations', () => axeCheck(page, `${base}/login`, 'login'), ready);
  // Every public page type: 政府信息公开, a column list, a page column, an
  // item, the agencies, an error page, the accessibility statement.
  const publicPages = [
    ['xxgk', '/xxgk'],
    ['column', '/columns/tzgg'],
    ['page-column', '/columns/xxgk-zn'],
    ['item', '/items/11370100MB28696235/2020-00757'],
    ['agencies', '/agencies'],
    ['agency', '/agencies/1'],
    // 集约化: the district bureau's own portal (demo agency 2) and the 专题 pages.
    ['portal-xxgk', '/agencies/2/xxgk'],
    ['portal-columns', '/agencies/2/columns'],
    ['portal-column', '/agencies/2/columns/tzgg'],
    ['topic', '/agencies/2/topics/zt-spyp'],
    ['topics', '/topics'],
    ['sitemap', '/sitemap'],
    ['search', '/search?q=%E9%A3%9F%E5%93%81'],
    ['accessibility', '/accessibility'],
    ['not-found', '/no-such-page', 404],
    ['apply', '/apply'],
    ['apply-status', '/apply/status'],
    ['deadline', '/tools/deadline?start=2026-09-28&days=20'],
    ['draws', '/draws'],
    ['draw', '/draws/1'],
    ['draw-pending', '/draws/2'],
    ['draw-verify', '/draws/verify'],
    ['sampling', '/sampling'],
    ['sampling-notice', '/sampling/2'],
    ['sampling-failed', '/sampling/2?result=fail'],
    ['sampling-search', `/sampling?q=${encodeURIComponent('鲁源')}`],
    ['sampling-company', `/sampling/company?name=${encodeURIComponent('济南鲁源食品有限公司')}`],
    ['enforcement', '/enforcement'],
    ['enforcement-licences', '/enforcement?kind=licence'],
    ['ratings', '/ratings'],
    ['rating-new', '/ratings/new'],
    ['rating-check', '/ratings/check'],
    // 重点工作: this year's tracker, last year's, a search, a task in progress
    // (an overdue milestone), a postponed one, a completed rectification, a withdrawn one (410).
    ['tasks', '/tasks'],
    ['tasks-last-year', `/tasks?year=${Number(chinaDateFromToday(0).slice(0, 4)) - 1}`],
    ['tasks-search', `/tasks?q=${encodeURIComponent('电梯')}`],
    ['task', '/tasks/1'],
    ['task-postponed', '/tasks/4'],
    ['task-rectified', '/tasks/11'],
    ['task-withdrawn', '/tasks/13', 410],
    // 公开清单: the hub, a list filtered by category, a search, an entry with numbered steps, a withdrawn one (410).
    ['lists', '/lists'],
    ['list-powers', `/lists/powers?facet=${encodeURIComponent('行政许可')}`],
    ['list-search', `/lists/certificates?q=${encodeURIComponent('证明')}`],
    ['list-guide', '/lists/guides/11'],
    ['list-procedure', '/lists/procedures/8'],
    ['list-withdrawn', '/lists/powers/7', 410],
    // 意见征集: the list, an open consultation with its form, a closed one with its adoption report, the look-up.
    ['consultations', '/consultations'],
    ['consultation-open', '/consultations/1'],
    ['consultation-closed', '/consultations/2'],
    ['consultation-check', '/consultations/check'],
    // 留言咨询: the published list, one answer with its readers' views, the form, the look-up.
    ['messages', '/messages'],
    ['message', '/messages/1'],
    ['message-new', '/messages/new'],
    ['message-check', '/messages/check'],
    // 重大行政决策: this year's catalogue and an entry.
    ['decisions', '/decisions'],
    ['decision', '/decisions/1'],
    // 政策解读 and 惠企政策: a policy with its interpretation, the interpretation
    // in sections, a 图解 with its text, the enterprise list, one with its card.
    ['policy', '/items/11370100MB28696235/2025-00004'],
    ['interpretation', '/items/11370100MB28696235/2025-00006'],
    ['interpretation-graphic', '/items/11370100MB28696235/2025-00007'],
    ['policies', '/policies'],
    ['policies-filtered', `/policies?audience=${encodeURIComponent('个体工商户')}`],
    ['enterprise-policy', `/items/11370100MB28696235/${chinaDateFromToday(-30).slice(0, 4)}-00901`],
    // 听证会与开放日: the list, a hearing with its participants and form, a full open day, a past interview, the look-up.
    ['events', '/events'],
    ['event-hearing', '/events/1'],
    ['event-full', '/events/2'],
    ['event-past', '/events/3'],
    ['event-check', '/events/check'],
    // 建议提案: the year's overview and a published result with its reply letter.
    ['proposals', '/proposals'],
    ['proposal', '/proposals/1'],
    // 现行有效规章和行政规范性文件, and one with its 实施日期 and 有效期至.
    ['normative', '/normative'],
    ['normative-item', '/items/11370100MB28696235/2024-00003'],
    // 不予公开事项清单 (负面清单).
    ['negative-list', '/negative-list'],
  ];
  for (const [shot, path, status] of publicPages) {
    await check(`axe: ${path} has no violations`, () => axeCheck(page, `${base}${path}`, shot, status ?? 200), ready);
  }
  await readingAidChecks(base, publicPages, ready);

  // 政策解读: from a policy to its interpretation and back; a 图解 read as
  // text; 惠企政策 narrowed to an audience, one opened with its card.
  await check('a reader follows a policy to its interpretation and finds an enterprise policy', async () => {
    await page.goto(`${base}/items/11370100MB28696235/2025-00004`);
    await page.getByRole('link', { name: '《关于进一步优化营商环境的若干措施》政策解读' }).click();
    await page.waitForLoadState();
    let text = await fullText(page);
    assert(text.includes('一、背景依据') && text.includes('七、解读机关及联系方式'), `the sections: ${text.slice(0, 400)}`);
    await page.getByRole('link', { name: '济南市市场监督管理局关于进一步优化营商环境的若干措施' }).click();
    await page.waitForLoadState();
    assert((await page.locator('h1').innerText()).includes('优化营商环境的若干措施'), 'back at the policy');
    await page.goto(`${base}/items/11370100MB28696235/2025-00007`);
    const img = page.locator('figure.interpretation-media img');
    assert(await img.count() === 1, 'the 图解 image is shown');
    assert(await img.evaluate((e) => e.complete && e.naturalWidth > 0), 'the image loads');
    assert((await img.getAttribute('aria-describedby')) === 'media-text', 'the image points at its text');
    assert((await page.locator('#media-text').innerText()).includes('第二步，看告知'), 'the full text is on the page');
    await page.goto(`${base}/policies`);
    await page.locator('#pl-audience').selectOption({ label: '个体工商户' });
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await page.waitForLoadState();
    text = await fullText(page);
    assert(text.includes('个转企') && !text.includes('质量提升专项资金'), `filtered: ${text.slice(0, 600)}`);
    await page.getByRole('link', { name: '关于对首次申请商标注册的小微企业给予资助的通知' }).click();
    await page.waitForLoadState();
    text = await fullText(page);
    assert(text.includes('申报要点') && text.includes('申报中') && text.includes('知识产权促进处'), `the card: ${text.slice(0, 600)}`);
    await screenshot('enterprise-policy-card');
  }, ready);

  // 行政执法公示: a public decision, found as a reader of the API would.
  await check('axe: a public enforcement decision has no violations', async () => {
    const list = await (await page.request.get(`${base}/api/v1/enforcement?kind=penalty`)).json();
    assert(list.decisions?.length > 0, `no public penalty decision in ${JSON.stringify(list).slice(0, 200)}`);
    await axeCheck(page, `${base}${list.decisions[0].url}`, 'enforcement-decision');
  }, ready);

  // 双随机: anyone can recompute a published draw through the public page,
  // without JavaScript doing the work.
  const verified = ['a member of the public verifies a draw'];
  await check(verified[0], async () => {
    const json = await (await page.request.get(`${base}/api/v1/draws/1`)).text();
    await page.goto(`${base}/draws/verify`);
    await page.getByLabel('或粘贴 JSON').fill(json);
    await page.getByRole('button', { name: '核验', exact: true }).click();
    await page.waitForLoadState();
    const result = await page.locator('#verify-result').innerText();
    assert(result.includes('一致。') && !result.includes('不一致'), `verification said: ${result}`);
    await screenshot('draw-verified');
  }, ready);
  await check('axe: the verification result has no violations', () => axeCurrent(page), verified);

  await check('admin logs in', async () => {
    await page.goto(`${base}/login`);
    await page.locator('[name=username]').fill('admin');
    await page.locator('[name=password]').fill(password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    try {
      await page.waitForURL((u) => u.pathname.startsWith('/console'));
    } catch {
      throw new Error(`login did not reach /console; ${page.url()} shows: ${await bodyText(page)}`);
    }
    await screenshot('console');
  }, ready);

  // The console as the administrator: the users' administration.
  for (const [shot, path] of [['console-users-axe', '/console/users'], ['console-user-new-axe', '/console/users/new'],
                              ['console-content-rules-axe', '/console/content-rules']]) {
    await check(`axe: ${path} (administrator) has no violations`, () => axeCheck(page, `${base}${path}`, shot),
      ['admin logs in']);
  }

  await check('admin creates a user', async () => {
    await page.goto(`${base}/console/users/new`);
    assert(pathOf(page) === '/console/users/new', `ended on ${page.url()}`);
    await page.locator('[name=username]').fill(username);
    await page.locator('[name=display_name]').fill('测试用户');
    await page.locator('select[name=role]').selectOption('editor');
    const agencies = await page.locator('select[name=agency_id] option').evaluateAll(
      (opts) => opts.map((o) => o.value).filter((v) => v !== ''));
    assert(agencies.length > 0, 'the agency select has no agencies');
    await page.locator('select[name=agency_id]').selectOption(agencies[0]);
    await screenshot('user-new');
    await page.getByRole('button', { name: '创建用户', exact: true }).click();
    const otp = page.locator('#one-time-password');
    try {
      await otp.waitFor({ state: 'visible' });
    } catch {
      throw new Error(`no #one-time-password after submitting; ${page.url()} shows: ${await bodyText(page)}`);
    }
    await screenshot('user-created');
    const text = (await otp.innerText()).trim();
    assert(text.length >= 8, `one-time password "${text}" is too short or missing`);
    log(`     user ${username}, one-time password shown (${text.length} characters)`);
  }, ['admin logs in']);

  await check('the new user is listed', async () => {
    await page.goto(`${base}/console/users`);
    await screenshot('users');
    const count = await page.getByText(username, { exact: false }).count();
    assert(count > 0, `${username} not found on /console/users`);
  }, ['admin creates a user']);

  await check('admin logs out', async () => {
    await page.goto(`${base}/console`);
    await Promise.all([
      page.waitForURL((u) => !u.pathname.startsWith('/console')),
      page.getByRole('button', { name: '退出登录', exact: true }).first().click(),
    ]);
    const path = pathOf(page);
    assert(path === '/login' || path === '/', `after logout ended on ${page.url()}`);
    await screenshot('logged-out');
  }, ['admin logs in']);

  await check('after logout /console redirects to /login', async () => {
    const response = await page.goto(`${base}/console`);
    assert(pathOf(page) === '/login', `GET /console ended on ${page.url()} (${response?.status()})`);
  }, ['admin logs out']);


  // Signs in with a one-time password and sets a new one; ends on /console.
  const newPassword = `Gk-${randomBytes(12).toString('base64url')}`;
  async function firstSignIn(user, otp) {
    await page.goto(`${base}/login`);
    await page.locator('[name=username]').fill(user);
    await page.locator('[name=password]').fill(otp);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/console/password');
    await page.locator('[name=current]').fill(otp);
    await page.locator('[name=password]').fill(newPassword);
    await page.locator('[name=password2]').fill(newPassword);
    await page.getByRole('button', { name: '保存新密码', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/console');
  }
  // Signs in again with the password firstSignIn set; ends on /console.
  async function signIn(user) {
    await page.goto(`${base}/login`);
    await page.locator('[name=username]').fill(user);
    await page.locator('[name=password]').fill(newPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/console');
  }
  async function signOut() {
    await page.goto(`${base}/console`);
    await Promise.all([
      page.waitForURL((u) => !u.pathname.startsWith('/console')),
      page.getByRole('button', { name: '退出登录', exact: true }).first().click(),
    ]);
  }

  await check('feeds and the sitemap parse as XML', async () => {
    await page.goto(`${base}/`);
    const bad = await page.evaluate(async () => {
      const problems = [];
      for (const [url, root] of [['/feed.xml', 'rss'], ['/atom.xml', 'feed'], ['/columns/tzgg/feed.xml', 'rss'],
                                 ['/sitemap.xml', 'urlset']]) {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) problems.push(`${url}: not well-formed`);
        else if (doc.documentElement.localName !== root) problems.push(`${url}: root is ${doc.documentElement.localName}`);
        else if (root !== 'urlset' && doc.getElementsByTagName(root === 'rss' ? 'item' : 'entry').length === 0)
          problems.push(`${url}: no entries`);
      }
      return problems;
    });
    assert(bad.length === 0, bad.join('; '));
  }, ready);

  const itemTitle = `关于开展计量器具专项检查的通知（${randomBytes(2).toString('hex')}）`;
  let itemPath = '';
  await check('an editor drafts an item with an attachment and submits it', async () => {
    const otp = /演示账号: editor（[^）]*） 一次性密码: (\S+)/.exec(initOutput)?.[1];
    assert(otp, 'no editor password in the init output');
    await firstSignIn('editor', otp);
    await page.goto(`${base}/console/items/new`);
    await page.locator('[name=title]').fill(itemTitle);
    await page.locator('[name=written_on]').fill(chinaDateFromToday(-3));
    await page.locator('select[name=topic]').selectOption('市场监管、安全生产监管');
    await page.getByLabel('通知公告', { exact: false }).first().check();
    await page.locator('[name=body_md]').fill('现将有关事项通知如下。\n\n### 一、检查范围\n\n全市加油机、电子计价秤。');
    await page.getByRole('button', { name: '保存草稿', exact: true }).click();
    await page.waitForURL((u) => /^\/console\/items\/\d+$/.test(u.pathname));
    itemPath = pathOf(page);
    await page.locator('#att-file').setInputFiles({
      name: '计量器具检查方案.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% gongkai e2e\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: '上传', exact: true }).click();
    await page.waitForURL((u) => u.pathname === itemPath);
    assert((await page.getByText('计量器具检查方案.pdf').count()) > 0, 'the attachment is not listed');
    await screenshot('item-draft');
    await page.getByRole('button', { name: '提交审核', exact: true }).click();
    await page.waitForURL((u) => u.pathname === itemPath);
    await signOut();
  }, ready);

  // The console as a demo editor: dashboard, item list, the item editor
  // (new and existing) and the item's review page.
  const drafted = ['an editor drafts an item with an attachment and submits it'];
  await check('the editor signs in again', () => signIn('editor'), drafted);
  for (const [shot, path] of [['console-dashboard-axe', '/console'], ['console-items-axe', '/console/items'],
                              ['console-item-new-axe', '/console/items/new']]) {
    await check(`axe: ${path} (editor) has no violations`, () => axeCheck(page, `${base}${path}`, shot),
      ['the editor signs in again']);
  }
  await check('axe: the item under review (editor) has no violations',
    () => axeCheck(page, `${base}${itemPath}`, 'console-item-axe'), ['the editor signs in again']);
  await check('axe: the item editor with a refused form (editor) has no violations', async () => {
    await page.goto(`${base}/console/items/new`);
    // The server's refusal, not the browser's: skip the required-field check.
    await page.evaluate(() => document.querySelectorAll('form').forEach((f) => { f.noValidate = true; }));
    await page.getByRole('button', { name: '保存草稿', exact: true }).click();
    await page.waitForLoadState();
    assert(pathOf(page) === '/console/items', `an empty draft was not refused: ended on ${page.url()}`);
    await screenshot('console-item-refused-axe');
    await axeCurrent(page);
  }, ['the editor signs in again']);
  await check('the editor signs out', () => signOut(), ['the editor signs in again']);

  await check('three reviewers approve the three stages', async () => {
    for (const name of ['e2erev1', 'e2erev2', 'e2erev3']) {
      const r = await run(bin, ['user', 'add', '--username', name, '--name', `审核${name.slice(-1)}`, '--role',
        'reviewer', '--agency', '11370100MB28696235', '--data', dataDir]);
      assert(r.code === 0, `user add ${name}: ${r.stderr.trim()}`);
      const otp = /一次性密码: (\S+)/.exec(r.stdout)?.[1];
      await firstSignIn(name, otp);
      await page.goto(`${base}${itemPath}`);
      await page.getByRole('button', { name: '审核通过', exact: true }).click();
      await page.waitForURL((u) => u.pathname === itemPath);
      await screenshot(`item-${name}`);
      await signOut();
    }
  }, ['an editor drafts an item with an attachment and submits it']);

  await check('the public finds it by search and opens the attachment', async () => {
    await page.goto(`${base}/search?q=${encodeURIComponent('计量器具专项检查')}`);
    await screenshot('search-results');
    const link = page.locator('.search-results a', { hasText: '计量器具专项检查' }).first();
    await link.click();
    await page.waitForURL((u) => u.pathname.startsWith('/items/'));
    assert((await page.getByText('现将有关事项通知如下').count()) > 0, 'the item page lacks its body');
    await screenshot('item-public');
    const href = await page.getByRole('link', { name: '计量器具检查方案.pdf' }).getAttribute('href');
    const response = await page.request.get(`${base}${href}`);
    assert(response.status() === 200, `attachment answered ${response.status()}`);
    assert(response.headers()['content-type'] === 'application/pdf', `attachment type ${response.headers()['content-type']}`);
    await axeCheck(page, page.url(), 'item-public-axe');
  }, ['three reviewers approve the three stages']);

  // 依申请公开: a member of the public applies, the 公开办 officer confirms
  // receipt and drafts a reply, the leader (the agency's signer) signs it, and
  // the applicant reads the reply letter with the number and tracking code.
  const applicantName = `张${randomBytes(2).toString('hex')}`;
  const application = { number: '', code: '', casePath: '' };
  await check('a member of the public submits an application', async () => {
    await page.goto(`${base}/apply`);
    await page.locator('#ap-agency').selectOption({ label: '济南市市场监督管理局' });
    await page.locator('#ap-type').selectOption('person');
    await page.locator('#ap-name').fill(applicantName);
    await page.locator('#ap-idtype').selectOption('resident_id');
    await page.locator('#ap-idno').fill('11010519491231002X');
    await page.locator('#ap-phone').fill('0531-88886666');
    await page.locator('#ap-email').fill('applicant@example.cn');
    await page.locator('#ap-desc').fill(
      '申请公开济南市市场监督管理局2026年第三季度食品安全监督抽检结果，包括抽检不合格食品的生产企业名称和处置情况。');
    // An optional attachment, checked by its content (a minimal PDF).
    await page.locator('#ap-files').setInputFiles({
      name: '线索说明.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.locator('#ap-medium').selectOption('electronic');
    await page.locator('#ap-delivery').selectOption({ label: '电子邮件' });
    const question = await page.locator('label[for=human-check]').innerText();
    const digits = '一二三四五六七八九';
    const m = /([一二三四五六七八九])加([一二三四五六七八九])/.exec(question);
    assert(m, `cannot read the check question "${question}"`);
    await page.locator('#human-check').fill(String(digits.indexOf(m[1]) + digits.indexOf(m[2]) + 2));
    // The guide beside the form is sticky: scroll up so the screenshot shows the layout.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot('apply-form');
    await page.getByRole('button', { name: '提交申请', exact: true }).click();
    try {
      await page.locator('#apply-number').waitFor({ state: 'visible' });
    } catch {
      throw new Error(`no #apply-number after submitting; ${page.url()} shows: ${await bodyText(page)}`);
    }
    application.number = (await page.locator('#apply-number').innerText()).trim();
    application.code = (await page.locator('#apply-code').innerText()).trim();
    assert(application.number && application.code, 'the confirmation lacks the number or the code');
    log(`     application ${application.number}`);
    await screenshot('apply-done');
  }, ready);

  const applied = ['a member of the public submits an application'];

  // 留言咨询: a question asked through the form, then looked up by its number and code.
  await check('a member of the public leaves a message and looks it up', async () => {
    await page.goto(`${base}/messages/new`);
    await page.locator('#m-category').selectOption({ label: '咨询' });
    await page.locator('#m-title').fill('二手车交易需要办理哪些手续？');
    await page.locator('#m-body').fill('我想把自己的旧车卖给朋友，需要到哪里办理过户，要带哪些材料？');
    await page.locator('#m-name').fill('吴先生');
    await page.locator('#m-contact').fill('wu@example.cn');
    await answerHumanCheck();
    await page.getByRole('button', { name: '提交留言', exact: true }).click();
    await page.locator('#message-number').waitFor({ state: 'visible' });
    const number = (await page.locator('#message-number').innerText()).trim();
    const code = (await page.locator('#message-code').innerText()).trim();
    await axeCurrent(page);
    await page.goto(`${base}/messages/check`);
    await page.locator('#mq-id').fill(number);
    await page.locator('#mq-code').fill(code);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.waitForLoadState();
    const text = await fullText(page);
    assert(text.includes('待分办') && text.includes('二手车交易'), `the look-up: ${text.slice(0, 400)}`);
    await screenshot('message-check-found');
    await axeCurrent(page);
  }, ready);

  // 听证会: a member of the public registers for the demo hearing, then
  // looks the registration up with its number and code.
  await check('a member of the public registers for a hearing and looks it up', async () => {
    await page.goto(`${base}/events/1`);
    await page.locator('#rg-name').fill('钱多多');
    await page.locator('#rg-aff').fill('个体工商户');
    await page.locator('#rg-contact').fill('13900001111');
    await answerHumanCheck();
    await page.getByRole('button', { name: '提交报名', exact: true }).click();
    await page.locator('#registration-number').waitFor({ state: 'visible' });
    const number = (await page.locator('#registration-number').innerText()).trim();
    const code = (await page.locator('#registration-code').innerText()).trim();
    assert((await fullText(page)).includes('报名成功'), 'a place');
    await axeCurrent(page);
    await page.goto(`${base}/events/check`);
    await page.locator('#eq-id').fill(number);
    await page.locator('#eq-code').fill(code);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.waitForLoadState();
    const text = await fullText(page);
    assert(text.includes('已确认') && text.includes('招牌设置规范'), `the look-up: ${text.slice(0, 400)}`);
    await screenshot('event-check-found');
    await axeCurrent(page);
  }, ready);

  // 意见征集: a comment on an article of the open consultation, then looked
  // up with its number and code (held for moderation).
  await check('a member of the public comments on a consultation and looks it up', async () => {
    await page.goto(`${base}/consultations/1`);
    await page.locator('#cm-article').selectOption({ label: '第七条' });
    await page.locator('#cm-body').fill('建议将十个工作日的办理时限压缩为五个工作日，并公布办理进度查询方式。');
    await page.locator('#cm-name').fill('刘洋');
    await answerHumanCheck();
    await page.getByRole('button', { name: '提交意见', exact: true }).click();
    await page.locator('#comment-number').waitFor({ state: 'visible' });
    const number = (await page.locator('#comment-number').innerText()).trim();
    const code = (await page.locator('#comment-code').innerText()).trim();
    await screenshot('consultation-comment-done');
    await axeCurrent(page);
    await page.goto(`${base}/consultations/check`);
    await page.locator('#q-cid').fill(number);
    await page.locator('#q-code').fill(code);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.waitForLoadState();
    const text = await fullText(page);
    assert(text.includes('待审核') && text.includes('第七条'), `the look-up: ${text.slice(0, 400)}`);
    await axeCurrent(page);
  }, ready);
  await check('axe: the confirmation page has no violations', () => axeCurrent(page), applied);

  // 好差评: a member of the public gives a 差评 with a phone number in it;
  // the officer follows it up below.
  const rating = { id: '', code: '', phone: '13905318888' };
  // Answers the shared human check (一位数加一位数, in Chinese numerals).
  async function answerHumanCheck() {
    const question = await page.locator('label[for=human-check]').innerText();
    const digits = '一二三四五六七八九';
    const m = /([一二三四五六七八九])加([一二三四五六七八九])/.exec(question);
    assert(m, `cannot read the check question "${question}"`);
    await page.locator('#human-check').fill(String(digits.indexOf(m[1]) + digits.indexOf(m[2]) + 2));
  }
  await check('a member of the public gives a 差评', async () => {
    await page.goto(`${base}/ratings/new`);
    await page.locator('#r-service').selectOption({ label: '食品经营许可（行政审批服务处）' });
    await page.locator('#r-level-1').check();
    await page.locator('#r-channel').selectOption({ label: '窗口' });
    await page.locator('#r-comment').fill(`窗口只开了一个，排队两个小时，打电话${rating.phone}也没人接。`);
    await answerHumanCheck();
    await page.getByRole('button', { name: '提交评价', exact: true }).click();
    await page.waitForLoadState();
    const text = await fullText(page);
    const m = /评价编号：\s*(\d+)，查询码：\s*([A-Z0-9-]+)/.exec(text);
    assert(m, `no number and code after rating; ${page.url()} shows: ${text.slice(0, 400)}`);
    [rating.id, rating.code] = [m[1], m[2]];
    await screenshot('rating-done');
    await axeCurrent(page);
  }, ready);

  await check('an officer confirms receipt and drafts a reply', async () => {
    const otp = /演示账号: officer（[^）]*） 一次性密码: (\S+)/.exec(initOutput)?.[1];
    assert(otp, 'no officer password in the init output');
    await firstSignIn('officer', otp);
    await page.goto(`${base}/console/applications?view=confirm`);
    await screenshot('officer-confirm-list');
    await page.getByRole('link', { name: application.number, exact: true }).click();
    await page.waitForURL((u) => /^\/console\/applications\/\d+$/.test(u.pathname));
    application.casePath = pathOf(page);
    assert((await bodyText(page)).includes('线索说明.pdf'), 'the attachment is not listed on the case page');
    await page.getByRole('button', { name: '确认收到', exact: true }).click();
    await page.waitForURL((u) => u.pathname === application.casePath);
    await page.waitForLoadState();
    await screenshot('officer-received');
    await page.getByRole('link', { name: '拟定答复', exact: true }).click();
    await page.waitForURL((u) => u.pathname === `${application.casePath}/decide`);
    await page.locator('#d-outcome').selectOption('1');
    await page.getByRole('button', { name: '选择并生成答复告知书', exact: true }).click();
    await page.locator('#d-expl').waitFor({ state: 'visible' });
    await page.locator('#d-expl').fill('所申请的抽检结果已由本机关制作并保存，现予以公开，以电子邮件方式提供。');
    await screenshot('officer-decide');
    await page.getByRole('button', { name: '提交审签', exact: true }).click();
    await page.waitForURL((u) => u.pathname === application.casePath);
    await screenshot('officer-drafted');
    await signOut();
  }, applied);

  // The console as the demo officer: the applications list and a case page.
  const drafted2 = ['an officer confirms receipt and drafts a reply'];
  await check('the officer signs in again', () => signIn('officer'), drafted2);
  for (const [shot, path] of [['console-applications-axe', '/console/applications'],
                              ['console-applications-open-axe', '/console/applications?view=open'],
                              ['console-draws-axe', '/console/draws'], ['console-draw-axe', '/console/draws/1'],
                              ['console-draw-pending-axe', '/console/draws/2'],
                              ['console-draw-lists-axe', '/console/draws/lists'],
                              ['console-draw-new-axe', '/console/draws/new'],
                              ['console-sampling-axe', '/console/sampling'],
                              ['console-sampling-new-axe', '/console/sampling/new'],
                              ['console-sampling-notice-axe', '/console/sampling/2'],
                              ['console-sampling-draft-axe', '/console/sampling/3'],
                              ['console-enforcement-axe', '/console/enforcement'],
                              ['console-enforcement-new-axe', '/console/enforcement/new'],
                              ['console-enforcement-import-axe', '/console/enforcement/import'],
                              ['console-ratings-axe', '/console/ratings'],
                              // The demo's open, overdue bad rating (with the visit form).
                              ['console-rating-axe', '/console/ratings/13'],
                              ['console-rating-services-axe', '/console/ratings/services'],
                              ['console-rating-reports-axe', '/console/ratings/reports'],
                              ['console-tasks-axe', '/console/tasks'],
                              ['console-tasks-overdue-axe', '/console/tasks?status=milestone_overdue'],
                              ['console-task-axe', '/console/tasks/1'],
                              ['console-task-draft-axe', '/console/tasks/14'],
                              ['console-task-new-axe', '/console/tasks/new'],
                              ['console-task-import-axe', '/console/tasks/import'],
                              ['console-consultations-axe', '/console/consultations'],
                              ['console-consultation-new-axe', '/console/consultations/new'],
                              ['console-consultation-axe', '/console/consultations/1'],
                              ['console-consultation-closed-axe', '/console/consultations/2'],
                              ['console-consultation-moderate-axe', '/console/consultations/1/comments'],
                              ['console-consultation-decide-axe', '/console/consultations/2/comments?view=decide&decision=adopted'],
                              ['console-messages-axe', '/console/messages'],
                              ['console-message-axe', '/console/messages/4'],
                              ['console-message-answered-axe', '/console/messages/3'],
                              ['console-decisions-axe', '/console/decisions'],
                              ['console-decision-axe', '/console/decisions/1'],
                              ['console-decision-edit-axe', '/console/decisions/1/edit'],
                              // The demo's policy held for its interpretation (the gate card, the waiver form),
                              // the interpretation editor in sections, and the drafted interpretation.
                              ['console-policy-gate-axe', '/console/items/33'],
                              ['console-interpretation-new-axe', '/console/items/new-interpretation?interprets=33'],
                              ['console-interpretation-edit-axe', '/console/items/34/edit'],
                              ['console-events-axe', '/console/events'],
                              ['console-event-axe', '/console/events/1'],
                              ['console-event-new-axe', '/console/events/new'],
                              ['console-event-draft-edit-axe', '/console/events/4/edit'],
                              ['console-proposals-axe', '/console/proposals'],
                              ['console-proposal-new-axe', '/console/proposals/new'],
                              // An answered one awaiting publication (reply form, publish, withhold).
                              ['console-proposal-axe', '/console/proposals/4'],
                              // 舆情回应: the register, the form, a closed 重大 one with its answers, an open one.
                              ['console-opinions-axe', '/console/opinions'],
                              ['console-opinion-new-axe', '/console/opinions/new'],
                              ['console-opinion-closed-axe', '/console/opinions/1'],
                              ['console-opinion-open-axe', '/console/opinions/2'],
                              // 网站健康检查 and the columns' update requirements.
                              ['console-health-axe', '/console/health'],
                              ['console-health-columns-axe', '/console/health/columns'],
                              // 依申请转主动: the candidates with their decision forms.
                              ['console-proactive-axe', '/console/applications/proactive'],
                              // 搜索分析: the searches made by this run that found nothing.
                              ['console-search-analytics-axe', '/console/search-analytics?weeks=4'],
                              ['console-negative-list-axe', '/console/negative-list'],
                              // 文件清理 and 录入以往年度报告数据 (a 2019-template year).
                              ['console-cleanups-axe', '/console/normative/cleanups'],
                              ['console-report-prior-axe', '/console/reports/1/prior?year=2020']]) {
    await check(`axe: ${path} (officer) has no violations`, () => axeCheck(page, `${base}${path}`, shot),
      ['the officer signs in again']);
  }
  // A draft decision (the demo has two), with its masked preview and actions.
  await check('axe: a draft enforcement decision (officer) has no violations', async () => {
    const list = await (await page.request.get(`${base}/console/enforcement?status=draft`)).text();
    const m = list.match(/href="(\/console\/enforcement\/\d+)"/);
    assert(m, 'no draft decision on /console/enforcement?status=draft');
    await axeCheck(page, `${base}${m[1]}`, 'console-enforcement-draft-axe');
  }, ['the officer signs in again']);
  // 规范性文件清理: one document kept, one repealed; the repealed one's page
  // shows its 有效性变更记录.
  await check('the officer decides a cleanup and the repealed document shows its history', async () => {
    await page.goto(`${base}/console/normative/cleanups`);
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await page.waitForURL((u) => /^\/console\/normative\/cleanups\/\d+$/.test(u.pathname));
    const draft = page.url();
    await axeCurrent(page);
    const decisions = page.locator('select[name^="decision_"]');
    assert((await decisions.count()) === 2, 'the demo has two documents in force');
    await decisions.nth(0).selectOption('keep');
    await decisions.nth(1).selectOption('repeal');
    await page.locator('input[name^="reason_"]').nth(1).fill('上位法已修改');
    await page.locator('#cl-on').fill(new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10));
    await page.getByRole('button', { name: '作出清理决定', exact: true }).click();
    await page.waitForURL(draft);
    assert((await page.content()).includes('已决定'), 'the cleanup is not decided');
    await screenshot('console-cleanup-decided');
    await axeCurrent(page);
    const doc = '/items/11370100MB28696235/2025-00003';
    await page.goto(`${base}${doc}`);
    await page.locator('.validity-history summary').click();
    assert((await page.content()).includes('清理决定：废止（上位法已修改）'), `no cleanup in the history of ${doc}`);
    await screenshot('item-validity-history');
    await axeCurrent(page);
  }, ['the officer signs in again']);
  await check('axe: the case page (officer) has no violations',
    () => axeCheck(page, `${base}${application.casePath}`, 'console-case-axe'), ['the officer signs in again']);

  // The 差评 given above: visited, rectified, and public with the phone masked.
  const signedIn = ['the officer signs in again'];
  await check('the officer follows the 差评 up and the public sees the result', async () => {
    await page.goto(`${base}/console/ratings/${rating.id}`);
    await page.locator('#visit-note').fill('当日电话回访评价人，情况属实。');
    await page.getByRole('button', { name: '保存回访记录', exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/console/ratings/${rating.id}`);
    await page.locator('#rectify-note').fill('高峰时段增开两个食品经营许可窗口，并开通网上预约。');
    await page.getByRole('button', { name: '保存整改情况', exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/console/ratings/${rating.id}`);
    await screenshot('console-rating-rectified');
    await page.goto(`${base}/ratings`);
    const text = await fullText(page);
    assert(text.includes('增开两个食品经营许可窗口'), 'the rectification is not on /ratings');
    assert(!(await page.content()).includes(rating.phone), 'the phone number is public');
    await screenshot('ratings-after-rectification');
    const stats = await (await page.request.get(`${base}/api/v1/ratings/stats?month=${chinaDateFromToday(0).slice(0, 7)}`)).json();
    const line = stats.lines.find((l) => l.subject === '食品经营许可');
    assert(line && line.bad >= 1 && line.bad_rectified >= 1, `statistics: ${JSON.stringify(line)}`);
  }, [...signedIn, 'a member of the public gives a 差评']);

  // 监督抽查: a batch with a bad row is refused with the row named, fixed,
  // published, and the sampled company found by the public.
  const company = `济南泉城放心${randomBytes(2).toString('hex')}食品有限公司`;
  const samplingCsv = (verdict) => '产品名称,商标,规格型号,生产日期/批号,标称生产企业名称,标称生产企业地址,被抽样单位名称,' +
    '被抽样单位所在省份,抽样日期,检验结果,不合格项目║检验结果║标准值,检验机构,分类\n' +
    `豆腐干,泉城,250g/袋,${chinaDateFromToday(-30)},${company},济南市历下区,${company},山东,${chinaDateFromToday(-10)},合格,,山东省食品药品检验研究院,豆制品\n` +
    `黄酒,泉城,500mL/瓶,${chinaDateFromToday(-40)},${company},济南市历下区,${company},山东,${chinaDateFromToday(-10)},${verdict},"酒精度║8.1%vol║10.0%vol±1.0%vol",山东省食品药品检验研究院,酒类\n`;
  await check('the officer imports a sampling batch, fixes a bad row, publishes it, and the public finds the company', async () => {
    const title = `关于${company}监督抽检信息的通告`;
    await page.goto(`${base}/console/sampling/new`);
    await page.locator('#smp-title').fill(title);
    await page.locator('#smp-file').setInputFiles({ name: '抽检结果.csv', mimeType: 'text/csv', buffer: Buffer.from(samplingCsv('待定')) });
    await page.getByRole('button', { name: '导入（暂不发布）', exact: true }).click();
    await page.waitForLoadState();
    let text = await fullText(page);
    assert(text.includes('没有导入任何一行') && text.includes('第 3 行'), `the bad row is not named: ${text.slice(0, 400)}`);
    await screenshot('console-sampling-refused');
    await axeCurrent(page);
    await page.locator('#smp-file').setInputFiles({ name: '抽检结果.csv', mimeType: 'text/csv', buffer: Buffer.from(samplingCsv('不合格')) });
    await page.getByRole('button', { name: '导入（暂不发布）', exact: true }).click();
    await page.waitForURL((u) => /^\/console\/sampling\/\d+$/.test(u.pathname));
    const batchPath = pathOf(page);
    await page.getByRole('button', { name: '核对无误，发布', exact: true }).click();
    await page.waitForURL((u) => u.pathname === batchPath);
    await page.goto(`${base}/sampling?q=${encodeURIComponent(company)}`);
    text = await fullText(page);
    assert(text.includes(company) && text.includes('黄酒'), `the public search does not find ${company}: ${text.slice(0, 400)}`);
    await screenshot('sampling-found');
  }, signedIn);

  // 行政执法公示: penalties imported from a 双公示 file; the natural
  // person's name and identity number never reach the public page.
  const docNo = `济市监处罚〔${chinaDateFromToday(0).slice(0, 4)}〕${8000 + Number.parseInt(randomBytes(1).toString('hex'), 16)}号`;
  await check('the officer imports penalties and the public page is masked', async () => {
    const csv = '行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,证件类型,证件号码,行政处罚决定书文号,违法行为类型,' +
      '违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,处罚机关统一社会信用代码\n' +
      `王建业,自然人,,,身份证,370102198203154417,${docNo},违反《中华人民共和国食品安全法》,` +
      `当事人王建业（电话13805310000）销售超过保质期的食品,《中华人民共和国食品安全法》第一百二十四条,罚款,罚款人民币五千元,0.5,` +
      `${chinaDateFromToday(-5)},济南市市场监督管理局,11370100MB28696235\n`;
    await page.goto(`${base}/console/enforcement/import`);
    await page.locator('#enf-file').setInputFiles({ name: '双公示.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: '导入并公示', exact: true }).click();
    await page.waitForLoadState();
    let text = await fullText(page);
    assert(text.includes('已导入 1 条'), `the import did not succeed: ${text.slice(0, 400)}`);
    await page.goto(`${base}/enforcement?q=${encodeURIComponent(docNo)}`);
    await page.locator('a[href^="/enforcement/"]', { hasText: '王' }).first().click();
    await page.waitForURL((u) => /^\/enforcement\/\d+$/.test(u.pathname));
    const html = await page.content();
    text = await fullText(page);
    for (const secret of ['王建业', '370102198203154417', '13805310000'])
      assert(!html.includes(secret), `${secret} is on the public page`);
    assert(text.includes('王**') && text.includes(docNo), `no masked name or 文号 on the page: ${text.slice(0, 400)}`);
    await screenshot('enforcement-masked');
  }, signedIn);

  // 公开清单: an import with a bad row names it and imports nothing; fixed,
  // published, then withdrawn with a reason, after which the page is 410.
  const certificate = `个人无犯罪记录证明${randomBytes(2).toString('hex')}`;
  await check('the officer imports a certificate list with a bad row, fixes it, and a withdrawn entry answers 410', async () => {
    const file = (status) => `证明名称,状态,设定依据,开具单位\n${certificate},${status},《某某办法》第五条,公安派出所\n`;
    await page.goto(`${base}/console/lists/certificates`);
    await page.locator('#lst-file').setInputFiles({ name: '清单.csv', mimeType: 'text/csv', buffer: Buffer.from(file('暂停')) });
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.waitForLoadState();
    let text = await fullText(page);
    assert(text.includes('第 2 行') && text.includes('状态应为'), `the bad row is not named: ${text.slice(0, 400)}`);
    await page.locator('#lst-file').setInputFiles({ name: '清单.csv', mimeType: 'text/csv', buffer: Buffer.from(file('告知承诺')) });
    await page.locator('#lst-publish').check();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/console/lists/certificates');
    await page.getByRole('link', { name: certificate, exact: true }).first().click();
    await page.waitForURL((u) => /^\/console\/lists\/certificates\/\d+$/.test(u.pathname));
    const id = pathOf(page).split('/').pop();
    assert((await page.request.get(`${base}/lists/certificates/${id}`)).status() === 200, 'the published entry is not public');
    await page.locator('#lst-reason').fill('该证明事项已依法取消。');
    await page.getByRole('button', { name: '撤下', exact: true }).click();
    await page.waitForLoadState();
    const gone = await page.goto(`${base}/lists/certificates/${id}`);
    assert(gone.status() === 410, `a withdrawn entry answered ${gone.status()}`);
    text = await fullText(page);
    assert(text.includes('该证明事项已依法取消'), `the 410 page lacks the reason: ${text.slice(0, 400)}`);
    await screenshot('list-withdrawn-410');
  }, signedIn);

  // 好差评 月度公开: last month's report drafted into the catalogue.
  await check('the officer drafts last month\'s 好差评 report as a catalogue item', async () => {
    await page.goto(`${base}/console/ratings/reports`);
    await axeCurrent(page);
    await page.getByRole('button', { name: '生成草稿', exact: true }).first().click();
    await page.waitForURL((u) => /^\/console\/items\/\d+$/.test(u.pathname));
    const text = await fullText(page);
    assert(text.includes('政务服务“好差评”情况') && text.includes('三、差评处理情况'), `the draft: ${text.slice(0, 400)}`);
    await screenshot('console-ratings-report-draft');
  }, signedIn);
  // 年度报告: compiled, checked, written and drafted for review; its
  // content check is clean; the three reviewers publish it below.
  const reportYear = chinaDateFromToday(0).slice(0, 4);
  const report = {};
  await check('the officer compiles the annual report and drafts it for review', async () => {
    await page.goto(`${base}/console/reports?year=${reportYear}`);
    await axeCurrent(page);
    await page.getByRole('link', { name: '济南市市场监督管理局', exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/console/reports/1/${reportYear}`);
    assert(await page.locator('#rp-balanced').isVisible(), 'table 三 is not balanced in the demo');
    await screenshot('console-annual-report');
    await axeCurrent(page);
    await page.locator('#rp-problems').fill('一是政策解读形式较为单一；二是依申请公开答复文书的规范性有待提高。');
    await page.locator('#rp-fees').fill('十万');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    assert((await bodyText(page)).includes('收费金额应为以万元为单位的数字'), 'a fee in words was accepted');
    await axeCurrent(page);
    await page.locator('#rp-fees').fill('0');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/console/reports/1/${reportYear}`);
    await page.getByRole('button', { name: '按最新记录生成信息草稿并提交审核', exact: true }).click();
    await page.waitForURL((u) => /^\/console\/items\/\d+$/.test(u.pathname));
    report.itemPath = new URL(page.url()).pathname;
    const text = await fullText(page);
    assert(text.includes('未发现个人信息、涉密标识'), `the report's content check: ${text.slice(0, 300)}`);
    await page.getByRole('button', { name: '提交审核', exact: true }).click();
    await page.waitForURL((u) => u.pathname === report.itemPath);
    await screenshot('console-annual-report-item');
  }, signedIn);
  await check('the officer signs out', () => signOut(), ['the officer signs in again']);
  await check('the reviewers publish the annual report and the public reads its tables', async () => {
    for (const name of ['e2erev1', 'e2erev2', 'e2erev3']) {
      await signIn(name);
      await page.goto(`${base}${report.itemPath}`);
      await page.getByRole('button', { name: '审核通过', exact: true }).click();
      await page.waitForURL((u) => u.pathname === report.itemPath);
      await signOut();
    }
    await page.goto(`${base}/columns/xxgk-ndbg`);
    await page.getByRole('link', { name: `济南市市场监督管理局${reportYear}年政府信息公开工作年度报告` }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/items/'));
    const text = await fullText(page);
    for (const s of ['一、总体情况', '第二十条第（一）项', '本年新收政府信息公开申请数量', '六、其他需要报告的事项'])
      assert(text.includes(s), `the published report lacks ${s}`);
    assert(await page.locator('article table th').count() > 20, 'the report\'s tables have no header cells');
    await screenshot('annual-report-public');
    await axeCurrent(page);
    // 一图读懂: charts with their data tables, linked from the report.
    await page.getByRole('link', { name: '一图读懂', exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/reports/1/${reportYear}/chart`);
    assert(await page.locator('svg.bar-chart[role=img]').count() === 5, 'not five charts on the 一图读懂 page');
    const chart = await fullText(page);
    assert(chart.includes('政府信息公开申请收办情况') && chart.includes('本年新收'), `the charts: ${chart.slice(0, 300)}`);
    await screenshot('annual-report-chart');
    await axeCurrent(page);
  }, ['the officer compiles the annual report and drafts it for review', 'three reviewers approve the three stages']);

  await check('the leader signs the reply and the case is closed', async () => {
    const otp = /演示账号: leader（[^）]*） 一次性密码: (\S+)/.exec(initOutput)?.[1];
    assert(otp, 'no leader password in the init output');
    await firstSignIn('leader', otp);
    await page.goto(`${base}${application.casePath}`);
    await page.getByRole('button', { name: '审签并出具', exact: true }).click();
    await page.waitForURL((u) => u.pathname === application.casePath);
    await page.waitForLoadState();
    await screenshot('leader-signed');
    const badge = (await page.locator('#case-state').innerText()).trim();
    assert(badge === '已办结', `#case-state reads "${badge}"`);
    await signOut();
  }, ['an officer confirms receipt and drafts a reply']);

  const closed = ['the leader signs the reply and the case is closed'];
  await check('the applicant sees 已办结 at /apply/status', async () => {
    await page.goto(`${base}/apply/status`);
    await page.locator('#q-number').fill(application.number);
    await page.locator('#q-code').fill(application.code);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    try {
      await page.locator('#status-state').waitFor({ state: 'visible' });
    } catch {
      throw new Error(`no #status-state; ${page.url()} shows: ${await bodyText(page)}`);
    }
    await screenshot('apply-status-result');
    const text = (await page.locator('#status-state').innerText()).trim();
    assert(text === '已办结', `#status-state reads "${text}"`);
  }, closed);

  const statusShown = ['the applicant sees 已办结 at /apply/status'];
  await check('axe: the status result page has no violations', () => axeCurrent(page), statusShown);

  await check('the applicant opens the reply letter', async () => {
    await page.getByRole('button', { name: /^查看政府信息公开申请答复告知书/ }).click();
    await page.waitForURL((u) => u.pathname === '/apply/letter');
    await page.waitForLoadState();
    await screenshot('apply-letter');
    const text = await page.locator('.letter').innerText();
    assert(text.includes(applicantName), `the letter does not name the applicant ${applicantName}`);
    assert(text.includes('依申〔'), 'the letter has no number containing "依申〔"');
  }, statusShown);

  const letterShown = ['the applicant opens the reply letter'];
  await check('axe: the reply letter has no violations', () => axeCurrent(page), letterShown);

  // The officer left the optional 已主动公开 index number empty, as the form allows.
  await check('the reply letter has no unfilled {{placeholders}}', async () => {
    const left = (await page.locator('.letter').innerText()).match(/\{\{[^}]*\}\}/g) ?? [];
    assert(left.length === 0, `the issued letter shows ${[...new Set(left)].join(' ')}`);
  }, letterShown);

  await check('the reply letter prints to an A4 PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    await screenshot('apply-letter-print');
    // null, not 'screen': page.pdf() would keep an emulated screen medium.
    await page.emulateMedia({ media: null });
    const path = join(resultsDir, 'apply-letter.pdf');
    await page.pdf({ path, format: 'A4', printBackground: true });
    const pdf = readFileSync(path);
    assert(pdf.length > 1000 && pdf.subarray(0, 5).toString() === '%PDF-', `apply-letter.pdf has ${pdf.length} bytes`);
    const pages = /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1] ?? '?';
    log(`     apply-letter.pdf, ${pdf.length} bytes, ${pages} page(s)`);
  }, letterShown);

  await check('server stops on SIGTERM with exit 0', async () => {
    await state.context?.close();
    state.context = null;
    const code = await stopServer(10_000);
    assert(code === 0, `exit ${code}`);
  }, ['server starts on a loopback port']);
}

const globalTimer = setTimeout(async () => {
  log(`FAIL global timeout: the run took more than ${kGlobalTimeoutMs / 1000} s`);
  results.failed++;
  await screenshot('timeout');
  await finish();
}, kGlobalTimeoutMs);

let finished = false;
async function finish() {
  if (finished) return;
  finished = true;
  clearTimeout(globalTimer);
  await cleanup();
  if (results.failed > 0 && state.serverLog.length > 0) {
    const tail = state.serverLog.slice(-40).join('\n');
    await writeFile(join(resultsDir, 'server.log'), `${state.serverLog.join('\n')}\n`).catch(() => {});
    log(`--- last server output ---\n${tail}\n---`);
  }
  log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(results.failed > 0 ? 1 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    log(`FAIL interrupted by ${signal}`);
    results.failed++;
    await finish();
  });
}

main()
  .catch((err) => {
    log(`FAIL unexpected error: ${err && err.stack ? err.stack : err}`);
    results.failed++;
  })
  .finally(finish);
