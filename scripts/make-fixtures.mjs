#!/usr/bin/env node
// Generates the four article fixture pages (WeChat, qbitai.com, a simplified
// Chinese repost, a Traditional Chinese repost) from the project's own copy of
// the article text, tests/fixtures/article/qbitai-transformer-authors.txt, and
// the article spliced into real saved pages (scripts/fixtures/real-pages.mjs).
//
//   node scripts/make-fixtures.mjs          write the pages
//   node scripts/make-fixtures.mjs --check  exit 1 if a committed page differs
//
// Output is deterministic (seeded PRNG), so re-running it is a no-op unless the
// templates below change. The other fixture pages under tests/fixtures/sites
// are hand-written and not touched by this script.

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { realPages } from './fixtures/real-pages.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const SOURCE = join(FIXTURES, 'article', 'qbitai-transformer-authors.txt');

// ---------------------------------------------------------------------------
// Source text
// ---------------------------------------------------------------------------

const rawLines = readFileSync(SOURCE, 'utf8').replace(/\r\n?/g, '\n').split('\n');
/** 1-based line access, as in tests/fixtures/article/README.md */
const line = (n) => rawLines[n - 1].trim();

const TITLE = line(1);
const HEADING_LINES = new Set([33, 55, 71, 121, 155]);
const BULLET_LINES = new Set([17, 19, 21]);
const QUOTE_LINES = new Set([133, 171, 207]);

/** @typedef {{ n: number, type: 'p' | 'h' | 'li' | 'quote', text: string }} Block */

/** @type {Block[]} the article body, lines 3–213, one block per non-empty line */
const BODY = [];
for (let n = 3; n <= 213; n++) {
  const text = line(n);
  if (!text) continue;
  if (HEADING_LINES.has(n)) BODY.push({ n, type: 'h', text });
  else if (BULLET_LINES.has(n)) BODY.push({ n, type: 'li', text: text.replace(/^•\s*/, '') });
  else if (QUOTE_LINES.has(n)) BODY.push({ n, type: 'quote', text });
  else BODY.push({ n, type: 'p', text });
}

const REF_HEAD = line(215); // 参考链接:
const REFS = [217, 219, 221].map((n) => {
  const m = /^\[(\d+)\](.+)$/.exec(line(n));
  if (!m) throw new Error(`unexpected reference line ${n}: ${line(n)}`);
  return { label: `[${m[1]}]`, url: m[2] };
});
const CREDIT = line(223);
const DISCLAIMER = line(225);
const LIKE = line(226);
const PREV = line(227);
const NEXT = line(228);

/** The repost site's 相关推荐 block, lines 230–345. */
function parseRelated() {
  if (line(230) !== '相关推荐') throw new Error('line 230 is not 相关推荐');
  const items = [];
  let cur = null;
  for (let n = 231; n <= rawLines.length; n++) {
    const raw = rawLines[n - 1];
    const t = raw.trim();
    if (!t) continue;
    if (t.startsWith('•')) {
      cur = { title: t.replace(/^•\s*/, ''), lines: [], meta: '' };
      items.push(cur);
    } else if (cur) {
      cur.lines.push(t);
    }
  }
  for (const it of items) it.meta = it.lines.pop();
  return items;
}
const RELATED = parseRelated();

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NICKNAMES = ['乌兹哥', '菠萝哥', '瓦斯哥', '帕姐', '囧哥', '割麦子', '凯哥', '沙哥', '老黄', '奥特曼'];

/**
 * Per-line markup overrides for the WeChat page. Each replaces the nth (1-based)
 * occurrence of `find` in that line with literal `html`. These are the ONLY
 * places where a nickname is split across elements or wrapped in <strong>; the
 * automatic span splitter never cuts inside a nickname. Listed in
 * tests/fixtures/README.md.
 */
const S = 'font-size: 15px;letter-spacing: 1px;';
const WECHAT_OVERRIDES = {
  53: [{ find: '乌兹哥', nth: 1, html: '<span>乌兹</span><span>哥</span>' }],
  77: [{ find: '菠萝哥', nth: 1, html: `<span style="${S}">菠萝</span><span style="${S}color: rgb(0, 82, 255);">哥</span>` }],
  83: [{ find: '瓦斯哥', nth: 1, html: '<strong>瓦斯哥</strong>' }],
  103: [{ find: '割麦子', nth: 1, html: `<span style="${S}">割</span><span style="${S}font-family: mp-quote, -apple-system-font;">麦子</span>` }],
  115: [{ find: '沙哥', nth: 1, html: '<span>沙</span><span>哥</span>' }],
  133: [{ find: '沙哥', nth: 1, html: `<strong><span style="${S}">沙哥</span></strong>` }],
  167: [{ find: '凯哥', nth: 1, html: `<span style="${S}">凯</span><span style="${S}">哥</span>` }],
  199: [{ find: '只有凯哥没有创业', nth: 1, html: `<strong><span style="${S}">只有凯哥没有创业</span></strong>` }],
};

/** Split `text` around the override occurrences: [{plain}|{html}] */
function applyOverrides(text, overrides = []) {
  /** @type {{start:number,end:number,html:string}[]} */
  const hits = [];
  for (const o of overrides) {
    let idx = -1;
    for (let k = 0; k < o.nth; k++) {
      idx = text.indexOf(o.find, idx + 1);
      if (idx < 0) throw new Error(`override ${o.find}#${o.nth} not found in: ${text}`);
    }
    hits.push({ start: idx, end: idx + o.find.length, html: o.html });
  }
  hits.sort((a, b) => a.start - b.start);
  const parts = [];
  let pos = 0;
  for (const h of hits) {
    if (h.start > pos) parts.push({ plain: text.slice(pos, h.start) });
    parts.push({ html: h.html });
    pos = h.end;
  }
  if (pos < text.length) parts.push({ plain: text.slice(pos) });
  return parts;
}

const CUT_AFTER = new Set([...',:;?)。、”》…']);

/**
 * Cut plain text into several pieces the way WeChat's editor leaves it:
 * mostly after punctuation and at Latin/CJK transitions, sometimes mid-run,
 * but never inside a protected term (nicknames, Latin name runs).
 */
function splitPieces(text, rnd) {
  const protectedMask = new Array(text.length + 1).fill(false); // true = no cut before index i
  for (const name of NICKNAMES) {
    let i = text.indexOf(name);
    while (i >= 0) {
      for (let k = i + 1; k < i + name.length; k++) protectedMask[k] = true;
      i = text.indexOf(name, i + 1);
    }
  }
  const isLatin = (ch) => /[A-Za-z0-9 .*\-’']/.test(ch);
  const cuts = [];
  for (let i = 1; i < text.length; i++) {
    if (protectedMask[i]) continue;
    const a = text[i - 1];
    const b = text[i];
    if (isLatin(a) && isLatin(b)) continue; // keep Latin runs whole
    let p = 0.03;
    if (CUT_AFTER.has(a)) p = 0.45;
    else if (isLatin(a) !== isLatin(b)) p = 0.3;
    if (rnd() < p) cuts.push(i);
  }
  const pieces = [];
  let pos = 0;
  for (const c of cuts) {
    if (c - pos < 2) continue;
    pieces.push(text.slice(pos, c));
    pos = c;
  }
  pieces.push(text.slice(pos));
  return pieces.filter(Boolean);
}

const SPAN_STYLES = [
  S,
  S,
  S,
  `${S}color: rgb(62, 62, 62);`,
  'font-size: 15px;letter-spacing: 1px;font-family: mp-quote, -apple-system-font, BlinkMacSystemFont, sans-serif;',
  `${S}text-decoration: none;`,
];

function wechatInline(n, text, rnd) {
  return applyOverrides(text, WECHAT_OVERRIDES[n])
    .map((part) => {
      if ('html' in part) return part.html;
      return splitPieces(part.plain, rnd)
        .map((piece) => {
          const latin = /^[\x20-\x7e]+$/.test(piece);
          const style = latin
            ? `${S}font-family: Optima-Regular, PingFangTC-light;`
            : SPAN_STYLES[Math.floor(rnd() * SPAN_STYLES.length)];
          return `<span style="${style}">${esc(piece)}</span>`;
        })
        .join('');
    })
    .join('');
}

function writePage(relPath, html) {
  const file = join(FIXTURES, 'sites', relPath);
  if (CHECK) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === html;
    if (!same) {
      console.error(`out of date: ${relPath}`);
      process.exitCode = 1;
    }
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  console.log(`wrote ${relPath} (${Buffer.byteLength(html)} bytes)`);
}

const CHECK = process.argv.includes('--check');

// ---------------------------------------------------------------------------
// 1. WeChat article page
// ---------------------------------------------------------------------------

function wechatPage() {
  const rnd = mulberry32(20240325);
  const P_STYLE = 'margin-bottom: 16px;letter-spacing: 0.578px;text-wrap: wrap;text-align: justify;line-height: 1.75em;';
  const out = [];
  let inList = false;
  let count = 0;
  for (const b of BODY) {
    if (b.type !== 'li' && inList) {
      out.push('</ul>');
      inList = false;
    }
    if (b.type === 'h') {
      out.push(`<p style="${P_STYLE}"><br></p>`);
      out.push(
        `<section style="margin: 32px 0 16px;text-align: center;line-height: 1.75em;"><span style="font-size: 17px;color: rgb(0, 82, 255);letter-spacing: 1px;"><strong>${esc(b.text)}</strong></span></section>`,
      );
      continue;
    }
    if (b.type === 'li') {
      if (!inList) {
        out.push('<ul class="list-paddingleft-1" style="list-style-type: disc;padding-left: 2em;">');
        inList = true;
      }
      out.push(`<li><section style="margin-top: 8px;margin-bottom: 8px;line-height: 1.75em;">${wechatInline(b.n, b.text, rnd)}</section></li>`);
      continue;
    }
    if (b.type === 'quote') {
      out.push(
        `<blockquote class="js_blockquote_wrap" data-type="2" data-url="" data-author-name="" data-content-utf8-length="${Buffer.byteLength(b.text)}" data-source-title=""><section class="js_blockquote_digest"><section style="line-height: 1.75em;">${wechatInline(b.n, b.text, rnd)}</section></section></blockquote>`,
      );
      continue;
    }
    count++;
    const tag = count % 5 === 0 ? 'section' : 'p';
    out.push(`<${tag} style="${P_STYLE}">${wechatInline(b.n, b.text, rnd)}</${tag}>`);
  }
  if (inList) out.push('</ul>');

  const refs = [
    `<p style="${P_STYLE}"><br></p>`,
    `<section style="font-size: 12px;color: rgb(136, 136, 136);line-height: 1.75em;">`,
    `<p><span style="font-size: 12px;letter-spacing: 1px;">${esc(REF_HEAD)}</span></p>`,
    ...REFS.map((r) => `<p><span style="font-size: 12px;letter-spacing: 1px;">${esc(r.label + r.url)}</span></p>`),
    `</section>`,
  ].join('\n');

  const content = `
<section style="margin-bottom: 16px;line-height: 1.75em;"><span style="font-size: 14px;color: rgb(136, 136, 136);letter-spacing: 1px;">梦晨 发自 凹非寺</span></section>
<section style="margin-bottom: 24px;line-height: 1.75em;"><span style="font-size: 14px;color: rgb(136, 136, 136);letter-spacing: 1px;">量子位 | 公众号 QbitAI</span></section>
${out.join('\n')}
${refs}
<p style="${P_STYLE}"><br></p>
<section style="text-align: center;margin: 24px 0;"><span style="font-size: 15px;color: rgb(136, 136, 136);">— <strong>完</strong> —</span></section>
<section class="qbitai-promo" style="margin: 16px 0;padding: 12px;background-color: rgb(245, 247, 255);border-radius: 8px;text-align: center;">
<p><span style="font-size: 14px;color: rgb(0, 82, 255);"><strong>量子位年度榜单征集中</strong></span></p>
<p><span style="font-size: 13px;color: rgb(90, 90, 90);">欢迎企业和个人报名,详情请在公众号后台回复「榜单」获取~</span></p>
</section>
<section style="text-align: center;"><span style="font-size: 13px;color: rgb(136, 136, 136);">点这里👇关注我,记得标星哦~</span></section>
<section style="text-align: center;margin-top: 8px;"><span style="font-size: 13px;color: rgb(136, 136, 136);">一键三连「分享」、「点赞」和「在看」</span></section>
<section style="text-align: center;"><span style="font-size: 13px;color: rgb(136, 136, 136);">科技前沿进展日日相见 ~</span></section>
`;

  const qr = `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 8 8" shape-rendering="crispEdges" aria-hidden="true"><rect width="8" height="8" fill="#fff"/><path fill="#111" d="M0 0h3v3H0zM5 0h3v3H5zM0 5h3v3H0zM4 4h1v1H4zM6 5h1v2H6zM4 6h1v2H4zM3 3h1v1H3zM5 4h1v1H5z"/></svg>`;

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="description" content="Transformer作者中唯一去了OpenAI的那位,公开承认了">
<meta property="og:title" content="${esc(TITLE)}">
<meta property="og:url" content="http://mp.weixin.qq.com/s/qbitai-transformer-authors">
<meta property="og:type" content="article">
<meta property="og:description" content="Transformer作者中唯一去了OpenAI的那位,公开承认了">
<meta property="twitter:card" content="summary">
<title>${esc(TITLE)}</title>
<style>
body{margin:0;background:#fff;color:rgba(0,0,0,.9);font-family:-apple-system-font,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Hiragino Sans GB","Microsoft YaHei UI","Microsoft YaHei",Arial,sans-serif;font-size:17px;line-height:1.6}
.wx_topbar{position:sticky;top:0;z-index:10;display:flex;align-items:center;justify-content:space-between;height:44px;padding:0 16px;background:#ededed;border-bottom:1px solid #ddd;font-size:15px}
.wx_topbar__title{font-weight:500}
.wx_topbar__btn{color:#576b95;text-decoration:none;font-size:14px}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px 0}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:500}
.rich_media_meta_list{margin-bottom:22px;font-size:15px;color:rgba(0,0,0,.3)}
.rich_media_meta{display:inline-block;margin:0 10px 10px 0}
.rich_media_meta_nickname a{color:#576b95;text-decoration:none}
.rich_media_content{overflow:hidden;color:rgba(0,0,0,.9);font-size:17px;position:relative}
.rich_media_content blockquote{margin:16px 0;padding:4px 0 4px 10px;border-left:3px solid #dbdbdb;color:rgba(0,0,0,.55)}
.rich_media_tool{display:flex;gap:24px;margin:24px 0;font-size:15px;color:rgba(0,0,0,.5)}
.rich_media_tool a{color:#576b95;text-decoration:none}
.article-tag__list{margin:12px 0;font-size:14px;color:#576b95}
.qr_code_pc{position:fixed;right:24px;top:120px;width:140px;padding:12px;text-align:center;font-size:13px;color:rgba(0,0,0,.5);background:#fff;border:1px solid #eee}
.related_article{margin:32px 0;border-top:1px solid #eee;padding-top:16px}
.related_article__title,.discuss_container__title{font-size:15px;color:rgba(0,0,0,.5);margin-bottom:12px}
.related_article__item{list-style:none;padding:10px 0;border-bottom:1px solid #f2f2f2}
.related_article__item a{color:rgba(0,0,0,.9);text-decoration:none;font-size:16px}
.related_article__account{display:block;font-size:13px;color:rgba(0,0,0,.4)}
.discuss_container{margin:32px 0 48px}
.discuss_list{padding:0;margin:0}
.discuss_item{list-style:none;padding:12px 0;border-bottom:1px solid #f2f2f2}
.discuss_item .nickname{font-size:14px;color:rgba(0,0,0,.5);font-weight:400}
.discuss_message{font-size:15px;margin-top:4px}
.discuss_extra_info{font-size:12px;color:rgba(0,0,0,.3);margin-top:4px}
ul,ol{margin:0}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div class="wx_topbar" id="js_top_bar" role="banner">
  <span class="wx_topbar__title">公众号</span>
  <a class="wx_topbar__btn" href="#" id="js_open_in_wechat">在微信中打开</a>
</div>
<div id="js_article" class="rich_media">
  <div id="js_top_ad_area" class="top_banner"></div>
  <div class="rich_media_inner">
    <div id="page-content" class="rich_media_area_primary">
      <div class="rich_media_area_primary_inner">
        <div id="img-content" class="rich_media_wrp">
          <h1 class="rich_media_title" id="activity-name">
            ${esc(TITLE)}
          </h1>
          <div id="meta_content" class="rich_media_meta_list">
            <span class="rich_media_meta rich_media_meta_text" id="js_author_name_text">梦晨</span>
            <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="#" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">量子位</a></span>
            <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-03-25 13:08</em>
            <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">北京</span></em>
          </div>
          <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
${content}
          </div>
          <div id="js_tags" class="article-tag__list"><span class="article-tag__item">#大模型</span> <span class="article-tag__item">#OpenAI</span> <span class="article-tag__item">#Transformer</span></div>
          <div class="rich_media_tool" id="js_toobar3">
            <a id="js_view_source" class="media_tool_meta meta_primary" href="#">阅读原文</a>
            <span id="readNum3" class="media_tool_meta">阅读 3.1万</span>
            <span id="like3" class="media_tool_meta">赞 126</span>
            <span id="js_watch_num" class="media_tool_meta">在看 58</span>
          </div>
        </div>
      </div>
    </div>
    <div class="rich_media_area_extra">
      <div class="rich_media_area_extra_inner">
        <div id="js_related_area" class="function_mod js_related_area related_article">
          <div class="related_article__title">喜欢此内容的人还喜欢</div>
          <ul class="related_article__list" id="js_related_list">
            <li class="related_article__item"><a href="#">周末去哪儿:城郊五个适合带娃露营的好地方</a><span class="related_article__account">城市生活周刊</span></li>
            <li class="related_article__item"><a href="#">一张表看懂今年的个税汇算,这几项扣除别漏了</a><span class="related_article__account">理财小课堂</span></li>
            <li class="related_article__item"><a href="#">家用净水器怎么选?滤芯寿命和废水比才是关键</a><span class="related_article__account">数码测评君</span></li>
          </ul>
        </div>
        <div class="discuss_container" id="js_cmt_area">
          <div class="discuss_container__title">留言</div>
          <ul class="discuss_list" id="js_cmt_list">
            <li class="js_comment_item discuss_item" id="cid1001">
              <div class="discuss_item_hd"><strong class="nickname">燕麦拿铁不加糖</strong></div>
              <div class="discuss_message"><span class="discuss_message_content">转给我们宿舍的沙哥了,他说他只关心食堂明天有没有红烧肉</span></div>
              <div class="discuss_extra_info">广东 · 3月25日 · 赞 41</div>
            </li>
            <li class="js_comment_item discuss_item" id="cid1002">
              <div class="discuss_item_hd"><strong class="nickname">山海经里的鱼</strong></div>
              <div class="discuss_message"><span class="discuss_message_content">沙哥(我表哥)看完表示:他也是巫师,专门修电脑那种🧙</span></div>
              <div class="discuss_extra_info">四川 · 3月25日 · 赞 17</div>
            </li>
          </ul>
        </div>
      </div>
    </div>
  </div>
  <div class="qr_code_pc" id="js_pc_qr_code">
    ${qr}
    <p>微信扫一扫<br>关注该公众号</p>
  </div>
</div>
<script>
var msg_title = ${JSON.stringify(TITLE)};
var nickname = "量子位";
var ct = "1711343280";
document.addEventListener('DOMContentLoaded', function () {
  var c = document.getElementById('js_content');
  if (c) c.style.visibility = 'visible';
});
</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// 2. qbitai.com (WordPress) article page
// ---------------------------------------------------------------------------

function qbitaiPage() {
  const out = [];
  let inList = false;
  for (const b of BODY) {
    if (b.type !== 'li' && inList) {
      out.push('</ul>');
      inList = false;
    }
    if (b.type === 'h') out.push(`<h2>${esc(b.text)}</h2>`);
    else if (b.type === 'li') {
      if (!inList) {
        out.push('<ul>');
        inList = true;
      }
      out.push(`<li>${esc(b.text)}</li>`);
    } else if (b.type === 'quote') out.push(`<blockquote><p>${esc(b.text)}</p></blockquote>`);
    else out.push(`<p>${esc(b.text)}</p>`);
  }
  if (inList) out.push('</ul>');
  const refs = `<p>${esc(REF_HEAD)}<br>\n${REFS.map((r) => `${r.label}<a href="${esc(r.url)}" target="_blank" rel="noopener">${esc(r.url)}</a>`).join('<br>\n')}</p>`;

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} | 量子位</title>
<meta name="keywords" content="OpenAI,Transformer,谷歌,大模型">
<meta name="description" content="Transformer作者中唯一去了OpenAI的那位,公开承认了">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(TITLE)}">
<meta property="og:site_name" content="量子位">
<meta name="generator" content="WordPress 6.4.3">
<link rel="canonical" href="http://www.qbitai.com/2024/03/transformer-authors.html">
<style>
body{margin:0;font-family:"PingFang SC","Microsoft YaHei",Helvetica,Arial,sans-serif;color:#222;background:#f5f6f8}
a{color:#1a5fd0;text-decoration:none}
.site-header{background:#fff;border-bottom:1px solid #e5e5e5}
.header-inner{max-width:1180px;margin:0 auto;display:flex;align-items:center;height:64px;padding:0 20px}
.logo{font-size:26px;font-weight:700;color:#0a3cff;margin-right:40px;letter-spacing:2px}
.logo small{font-size:12px;color:#888;font-weight:400;margin-left:6px;letter-spacing:0}
.main-nav ul{display:flex;gap:28px;list-style:none;margin:0;padding:0}
.main-nav a{color:#333;font-size:16px}
.main-nav .current-menu-item a{color:#0a3cff;font-weight:600}
.search-form{margin-left:auto}
.search-form input{border:1px solid #ddd;border-radius:16px;padding:6px 12px;width:160px}
.container{max-width:1180px;margin:24px auto;display:flex;gap:24px;padding:0 20px}
.content-area{flex:1;min-width:0;background:#fff;padding:32px 40px;border-radius:4px}
.article-header h1{font-size:28px;line-height:1.45;margin:0 0 16px}
.article_info{font-size:14px;color:#888;margin-bottom:24px;display:flex;gap:16px}
.article_info .author a{color:#0a3cff}
.article{font-size:17px;line-height:1.9}
.article p{margin:0 0 18px;text-align:justify}
.article h2{font-size:20px;margin:36px 0 16px;padding-left:10px;border-left:4px solid #0a3cff}
.article blockquote{margin:16px 0;padding:8px 16px;background:#f6f7fb;border-left:3px solid #c8cfe0;color:#555}
.article .zhaiyao{color:#888;font-size:15px}
.tags{margin-top:24px;font-size:14px}
.tags a{display:inline-block;background:#eef2ff;padding:2px 10px;border-radius:12px;margin-right:8px}
.copyright{margin-top:24px;font-size:13px;color:#999;border-top:1px dashed #e5e5e5;padding-top:12px}
.share{margin-top:16px;font-size:14px;color:#666}
.sidebar{width:320px;flex-shrink:0}
.widget{background:#fff;padding:20px;margin-bottom:20px;border-radius:4px}
.widget-title{font-size:17px;margin:0 0 12px;padding-bottom:8px;border-bottom:2px solid #0a3cff}
.widget ol{padding-left:20px;margin:0}
.widget li{margin-bottom:10px;font-size:14px;line-height:1.6}
.widget li a{color:#333}
.site-footer{background:#1d2330;color:#9aa3b5;font-size:13px;text-align:center;padding:28px 20px;line-height:2}
.site-footer a{color:#c2c9d6}
</style>
</head>
<body class="post-template-default single single-post postid-123456 single-format-standard">
<header class="site-header" id="masthead">
  <div class="header-inner">
    <a class="logo" href="/" rel="home">量子位<small>QbitAI</small></a>
    <nav class="main-nav" id="site-navigation" aria-label="主菜单">
      <ul id="menu-main" class="menu">
        <li class="menu-item"><a href="/">首页</a></li>
        <li class="menu-item current-menu-item"><a href="/category/资讯">资讯</a></li>
        <li class="menu-item"><a href="/category/zhiku">智库</a></li>
        <li class="menu-item"><a href="/category/huodong">活动</a></li>
        <li class="menu-item"><a href="/category/shuma">数码</a></li>
        <li class="menu-item"><a href="/category/zhinengche">智能车</a></li>
        <li class="menu-item"><a href="/about">关于我们</a></li>
      </ul>
    </nav>
    <form class="search-form" role="search" action="/" method="get"><input type="search" name="s" placeholder="搜索"></form>
  </div>
</header>
<div class="container" id="content">
  <main class="content-area" id="primary">
    <article id="post-123456" class="post-123456 post type-post status-publish format-standard hentry category-zixun">
      <header class="article-header">
        <h1 class="entry-title">${esc(TITLE)}</h1>
        <div class="article_info">
          <span class="author">作者:<a href="/author/mengchen" rel="author">梦晨</a></span>
          <span class="date"><time class="entry-date published" datetime="2024-03-25T13:08:21+08:00">2024-03-25 13:08:21</time></span>
          <span class="source">来源:量子位</span>
        </div>
      </header>
      <div class="article">
<p class="zhaiyao">梦晨 发自 凹非寺<br>量子位 | 公众号 QbitAI</p>
${out.join('\n')}
${refs}
      </div>
      <div class="tags"><a href="/tag/openai" rel="tag">OpenAI</a><a href="/tag/transformer" rel="tag">Transformer</a><a href="/tag/google" rel="tag">谷歌</a></div>
      <div class="share">分享到:<a href="#">微信</a> · <a href="#">微博</a> · <a href="#">复制链接</a></div>
      <p class="copyright">版权所有,未经授权不得以任何方式转载及使用,违者必究。</p>
    </article>
  </main>
  <aside class="sidebar" id="secondary" role="complementary">
    <section class="widget widget_hot_posts" id="hot-posts">
      <h3 class="widget-title">热门文章</h3>
      <ol>
        <li><a href="/2024/03/1001.html">国产芯片新突破:某初创公司发布存算一体AI加速卡</a></li>
        <li><a href="/2024/03/1002.html">程序员老黄的副业:用大模型给菜市场写价签,月入过万</a></li>
        <li><a href="/2024/03/1003.html">开源视频生成模型登顶榜单,显存只要24G</a></li>
        <li><a href="/2024/03/1004.html">高校团队让机械臂学会叠衣服,成功率超九成</a></li>
        <li><a href="/2024/03/1005.html">自动驾驶出租车开进机场高速,实测体验如何</a></li>
      </ol>
    </section>
    <section class="widget widget_recent_entries" id="recent-posts">
      <h3 class="widget-title">最新资讯</h3>
      <ol>
        <li><a href="/2024/03/1006.html">手机端侧大模型跑分大比拼,谁的响应最快</a></li>
        <li><a href="/2024/03/1007.html">AI辅助药物研发公司完成新一轮融资</a></li>
        <li><a href="/2024/03/1008.html">智库报告:2024年中国AIGC应用落地十大趋势</a></li>
      </ol>
    </section>
  </aside>
</div>
<footer class="site-footer" id="colophon">
  <p><a href="/about">关于量子位</a> · <a href="/join">加入我们</a> · <a href="/contact">商务合作</a> · <a href="/rss">RSS</a></p>
  <p>© 2024 量子位 版权所有 · 京ICP备00000000号-0(示例)</p>
</footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// 3. Simplified Chinese repost: 新零售资讯站 (www.xlszx.com)
// ---------------------------------------------------------------------------

/** Groups of consecutive body lines that the repost joins with <br> in one <p>. */
const BR_GROUPS = [
  [3, 5],
  [17, 19, 21],
  [131, 133, 135],
  [169, 171],
  [205, 207],
];

function repostBody(blocks, { headingTag, convert = (s) => s }) {
  const byLine = new Map(blocks.map((b) => [b.n, b]));
  const grouped = new Map();
  const skip = new Set();
  for (const g of BR_GROUPS) {
    grouped.set(g[0], g);
    for (const n of g.slice(1)) skip.add(n);
  }
  const out = [];
  for (const b of blocks) {
    if (skip.has(b.n)) continue;
    if (grouped.has(b.n)) {
      const texts = grouped.get(b.n).map((n) => {
        const x = byLine.get(n);
        return (x.type === 'li' ? '• ' : '') + esc(convert(x.text));
      });
      out.push(`<p>${texts.join('<br>\n')}</p>`);
    } else if (b.type === 'h') out.push(headingTag(esc(convert(b.text))));
    else out.push(`<p>${esc(convert(b.text))}</p>`);
  }
  return out.join('\n');
}

function xlszxPage() {
  const title = `${TITLE} - 新零售资讯站`;
  const body = repostBody(BODY, { headingTag: (t) => `<p><strong>${t}</strong></p>` });
  const refs = `<p>${esc(REF_HEAD)}</p>\n<p>${REFS.map((r) => esc(r.label + r.url)).join('<br>\n')}</p>`;
  const related = RELATED.map(
    (it, i) => `      <li class="item" id="related-${i + 1}">
        <h4 class="item-title"><a href="/2024/06/05/${1000 + i}.html">${esc(it.title)}</a></h4>
        <div class="item-excerpt">${it.lines.map((l) => `<p>${esc(l)}</p>`).join('')}</div>
        <div class="item-meta"><span class="item-meta-cat">${esc(it.meta.split(' ')[0])}</span> <span class="item-meta-date">${esc(it.meta.split(' ').slice(1).join(' '))}</span></div>
      </li>`,
  ).join('\n');
  const [prevWord, ...prevDate] = PREV.split(' ');
  const [nextWord, ...nextDate] = NEXT.split(' ');

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="keywords" content="OpenAI,Transformer,谷歌">
<meta name="description" content="Transformer作者中唯一去了OpenAI的那位,公开承认了:他参与了Q*项目,是这项新技术的发明者之一。">
<style>
body{margin:0;background:#f4f4f4;font:15px/1.8 "Microsoft YaHei","PingFang SC",sans-serif;color:#333}
a{color:#333;text-decoration:none}
a:hover{color:#e4393c}
.topbar{background:#222;color:#bbb;font-size:12px;padding:4px 24px}
.site-header{background:#fff;border-bottom:3px solid #e4393c;padding:12px 24px;display:flex;align-items:center}
.site-logo{font-size:24px;font-weight:700;color:#e4393c}
.site-logo span{color:#333;font-size:14px;font-weight:400;margin-left:8px}
.wrap{max-width:1240px;margin:20px auto;display:flex;gap:20px;padding:0 16px}
.left-nav{width:150px;flex-shrink:0;background:#fff;padding:12px 0;align-self:flex-start}
.left-nav ul{list-style:none;margin:0;padding:0}
.left-nav li a{display:block;padding:8px 20px}
.left-nav li.active a{background:#e4393c;color:#fff}
.main{flex:1;min-width:0}
.entry{background:#fff;padding:28px 32px}
.entry-title{font-size:24px;line-height:1.5;margin:0 0 10px}
.entry-info{font-size:13px;color:#999;margin-bottom:20px}
.entry-info span{margin-right:14px}
.entry-content p{margin:0 0 16px}
.entry-declare{margin-top:24px;padding:12px;background:#fafafa;border:1px dashed #ddd;font-size:13px;color:#888}
.entry-action{text-align:center;margin:20px 0}
.btn-zan{display:inline-block;border:1px solid #e4393c;color:#e4393c;border-radius:20px;padding:4px 20px}
.entry-page{display:flex;justify-content:space-between;font-size:13px;color:#888;border-top:1px solid #eee;padding-top:12px}
.related-posts{background:#fff;padding:20px 32px;margin-top:20px}
.related-posts h3{font-size:18px;border-left:4px solid #e4393c;padding-left:10px;margin:0 0 12px}
.related-posts ul{list-style:none;margin:0;padding:0}
.related-posts .item{border-bottom:1px solid #f0f0f0;padding:12px 0}
.related-posts .item-title{margin:0 0 6px;font-size:16px}
.related-posts .item-excerpt{font-size:13px;color:#777;max-height:6.5em;overflow:hidden}
.related-posts .item-excerpt p{margin:0}
.related-posts .item-meta{font-size:12px;color:#aaa}
.sidebar{width:300px;flex-shrink:0}
.widget{background:#fff;padding:16px 20px;margin-bottom:20px}
.widget h3{font-size:16px;margin:0 0 10px;border-bottom:1px solid #eee;padding-bottom:6px}
.widget ul{padding-left:18px;margin:0}
.widget li{font-size:14px;margin-bottom:6px}
.tagcloud a{display:inline-block;background:#f2f2f2;padding:0 8px;margin:0 4px 6px 0;font-size:12px}
.site-footer{text-align:center;font-size:12px;color:#999;padding:24px}
</style>
</head>
<body class="post-template-default single single-post">
<div class="topbar">新零售资讯站 · 专注零售、电商与科技的资讯分享平台</div>
<header class="site-header" id="header">
  <a class="site-logo" href="/">新零售资讯<span>xlszx.com</span></a>
</header>
<div class="wrap">
  <nav class="left-nav" id="left-nav" aria-label="栏目导航">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/category/xinlingshou">新零售</a></li>
      <li><a href="/category/dianshang">电商</a></li>
      <li class="active"><a href="/category/weilaikeji">未来科技</a></li>
      <li><a href="/category/pinpai">品牌营销</a></li>
      <li><a href="/category/zhibo">直播带货</a></li>
      <li><a href="/category/wuliu">物流供应链</a></li>
      <li><a href="/category/chuangtou">创投</a></li>
    </ul>
  </nav>
  <main class="main" id="main">
    <article class="entry" id="post-88231">
      <div class="entry-head">
        <h1 class="entry-title">${esc(TITLE)}</h1>
        <div class="entry-info">
          <span class="entry-author">投稿:量子位</span>
          <span class="entry-cat"><a href="/category/weilaikeji">未来科技</a></span>
          <time class="entry-date" datetime="2024-03-25T15:32:00+08:00">2024年3月25日 15:32</time>
          <span class="entry-views">阅读 1,204</span>
        </div>
      </div>
      <div class="entry-content clearfix">
${body}
${refs}
<p>${esc(CREDIT)}</p>
      </div>
      <div class="entry-declare">${esc(DISCLAIMER)}</div>
      <div class="entry-action"><a class="btn-zan" href="#" data-id="88231">${esc(LIKE)}</a></div>
      <div class="entry-page">
        <div class="entry-page-prev"><a href="/2024/03/25/88230.html" title="零售门店数字化改造的三个误区"><span>${esc(prevWord)}</span> <span>${esc(prevDate.join(' '))}</span></a></div>
        <div class="entry-page-next"><a href="/2024/03/25/88232.html" title="社区团购下半场:履约成本怎么降"><span>${esc(nextWord)}</span> <span>${esc(nextDate.join(' '))}</span></a></div>
      </div>
    </article>
    <div class="related-posts" id="related">
      <h3 class="related-title">相关推荐</h3>
      <ul>
${related}
      </ul>
    </div>
  </main>
  <aside class="sidebar" id="sidebar">
    <section class="widget widget-hot" id="widget-hot">
      <h3>热门文章</h3>
      <ul>
        <li><a href="/2024/03/20/88101.html">会员店扎堆开业,中产还买账吗</a></li>
        <li><a href="/2024/03/21/88133.html">便利店鲜食毛利率为何能做到四成</a></li>
        <li><a href="/2024/03/22/88160.html">即时零售:30分钟送达背后的前置仓账本</a></li>
        <li><a href="/2024/03/23/88187.html">县城咖啡店的第二年:活下来的都做对了什么</a></li>
      </ul>
    </section>
    <section class="widget widget-tags" id="widget-tags">
      <h3>标签</h3>
      <div class="tagcloud"><a href="/tag/ai">AI</a><a href="/tag/dianshang">电商</a><a href="/tag/chaoshi">超市</a><a href="/tag/zhibo">直播</a><a href="/tag/pinpai">品牌</a><a href="/tag/wuliu">物流</a></div>
    </section>
  </aside>
</div>
<footer class="site-footer" id="footer">
  <p>© 2024 新零售资讯站 版权所有 · 本站内容由网友投稿整理,仅供参考</p>
</footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// 4. Traditional Chinese (Taiwan) repost: 台科新聞網 (www.twtechnews.com.tw)
// ---------------------------------------------------------------------------

function twPage() {
  const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const title = tw(TITLE);
  const body = repostBody(BODY, { headingTag: (t) => `<h3 class="news-subtitle">${t}</h3>`, convert: tw });
  const refs = `<div class="news-refs"><p>${esc(tw(REF_HEAD))}</p>\n<ol class="ref-list">${REFS.map(
    (r) => `<li><a href="${esc(r.url)}" target="_blank" rel="noopener nofollow">${esc(r.url)}</a></li>`,
  ).join('')}</ol></div>`;

  return `<!doctype html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | 台科新聞網</title>
<meta name="description" content="${esc(tw('Transformer作者中唯一去了OpenAI的那位,公开承认了'))}">
<meta property="og:site_name" content="台科新聞網 TWTech News">
<meta property="og:locale" content="zh_TW">
<style>
body{margin:0;background:#fff;color:#2b2b2b;font:16px/1.85 "Noto Sans TC","PingFang TC","Microsoft JhengHei",sans-serif}
a{color:#0b6e4f}
.masthead{background:#0b6e4f;color:#fff}
.masthead-inner{max-width:1120px;margin:0 auto;display:flex;align-items:center;gap:32px;padding:10px 20px}
.brand{font-size:22px;font-weight:700;color:#fff;text-decoration:none}
.brand em{font-style:normal;font-size:12px;opacity:.8;margin-left:6px}
.primary-menu{display:flex;gap:20px;list-style:none;margin:0;padding:0}
.primary-menu a{color:#e8f5ef;text-decoration:none;font-size:15px}
.breadcrumb{max-width:1120px;margin:12px auto 0;padding:0 20px;font-size:13px;color:#888}
.layout{max-width:1120px;margin:16px auto 40px;padding:0 20px;display:grid;grid-template-columns:1fr 300px;gap:36px}
.news-header h1{font-size:27px;line-height:1.45;margin:0 0 10px}
.news-meta{font-size:13px;color:#888;margin-bottom:24px}
.news-meta span{margin-right:12px}
.news-content p{margin:0 0 1.1em}
.news-subtitle{font-size:20px;margin:1.6em 0 .6em;color:#0b6e4f}
.news-refs{font-size:14px;color:#666;border-top:1px solid #eee;margin-top:24px;padding-top:8px}
.news-source{font-size:14px;color:#666}
.news-tags a{display:inline-block;border:1px solid #0b6e4f;border-radius:3px;padding:0 8px;margin-right:6px;font-size:13px;text-decoration:none}
.side-box{border:1px solid #e3e3e3;padding:14px 16px;margin-bottom:20px}
.side-box h2{font-size:16px;margin:0 0 8px;color:#0b6e4f}
.side-box ol,.side-box ul{margin:0;padding-left:20px;font-size:14px}
.side-box li{margin-bottom:6px}
.more-news{margin-top:32px;border-top:2px solid #0b6e4f;padding-top:8px}
.more-news h2{font-size:17px;margin:0 0 8px}
.more-news ul{padding-left:20px;margin:0;font-size:15px}
.site-foot{background:#f3f3f3;text-align:center;font-size:13px;color:#777;padding:24px 20px}
</style>
</head>
<body class="news-page">
<header class="masthead" id="top">
  <div class="masthead-inner">
    <a class="brand" href="/">台科新聞網<em>TWTech News</em></a>
    <ul class="primary-menu" id="primary-menu">
      <li><a href="/">首頁</a></li>
      <li><a href="/ai/">人工智慧</a></li>
      <li><a href="/semiconductor/">半導體</a></li>
      <li><a href="/mobile/">手機通訊</a></li>
      <li><a href="/ev/">電動車</a></li>
      <li><a href="/review/">產品評測</a></li>
      <li><a href="/startup/">新創</a></li>
    </ul>
  </div>
</header>
<nav class="breadcrumb" aria-label="麵包屑">首頁 › 人工智慧 › 國際新聞</nav>
<div class="layout">
  <main id="main-content">
    <article class="news-article" id="news-20240326-0417">
      <header class="news-header">
        <h1>${esc(title)}</h1>
        <div class="news-meta">
          <span class="news-date"><time datetime="2024-03-26T09:30:00+08:00">2024/03/26 09:30</time></span>
          <span class="news-editor">編輯:林子晴</span>
          <span class="news-from">來源:量子位</span>
        </div>
      </header>
      <div class="news-content" id="news-body">
${body}
${refs}
<p class="news-source">${esc(tw(CREDIT))}</p>
      </div>
      <div class="news-tags">標籤:<a href="/tag/openai">OpenAI</a><a href="/tag/google">Google</a><a href="/tag/transformer">Transformer</a></div>
    </article>
    <section class="more-news" id="more-news">
      <h2>延伸閱讀</h2>
      <ul>
        <li><a href="/news/20240325/chip-export.html">晶圓代工三月營收出爐,先進製程訂單滿載</a></li>
        <li><a href="/news/20240324/ev-charging.html">電動機車換電站密度再提升,雙北通勤族受惠</a></li>
        <li><a href="/news/20240323/phone-review.html">中階手機夜拍實測:三款熱門機型誰最穩</a></li>
      </ul>
    </section>
  </main>
  <aside class="sidebar" id="sidebar">
    <section class="side-box" id="hot-news">
      <h2>熱門新聞</h2>
      <ol>
        <li><a href="/news/20240325/server-demand.html">AI伺服器需求續旺,散熱模組廠擴產</a></li>
        <li><a href="/news/20240325/bubble-tea.html">手搖飲品牌導入點餐機器人,尖峰時段不再大排長龍</a></li>
        <li><a href="/news/20240324/rail-app.html">高鐵訂票App改版,新增一鍵改票功能</a></li>
        <li><a href="/news/20240323/smart-farm.html">智慧農業新創用無人機巡田,稻農省下一半人力</a></li>
      </ol>
    </section>
    <section class="side-box" id="subscribe">
      <h2>訂閱電子報</h2>
      <p style="font-size:14px;margin:0">每週一封,掌握台灣與國際科技產業動態。</p>
    </section>
  </aside>
</div>
<footer class="site-foot" id="footer">
  <p>台科新聞網 TWTech News © 2024 版權所有 · 關於我們 · 隱私權政策 · 聯絡我們</p>
</footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------

writePage('mp.weixin.qq.com/s/qbitai-transformer-authors/index.html', wechatPage());
writePage('www.qbitai.com/2024/03/transformer-authors.html', qbitaiPage());
writePage('www.xlszx.com/2024/03/25/transformer.html', xlszxPage());
writePage('www.twtechnews.com.tw/news/20240326/transformer-authors.html', twPage());
for (const { relPath, html } of realPages()) writePage(relPath, html);

if (CHECK && process.exitCode === 1) {
  console.error('Generated fixture pages differ from what scripts/make-fixtures.mjs makes: edit the script (or the article text), not the pages, then run: node scripts/make-fixtures.mjs');
} else if (CHECK) {
  console.log('The generated fixture pages are up to date.');
}
