/**
 * The pages the benchmark loads besides the fixtures: the WeChat article followed by N times its
 * own text length of reader comments, in WeChat's comment area (outside the article body).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeBigChinesePage } from '../../tests/fixtures/big-page.mjs';
import { SITES_DIR } from '../../tests/support/fixture-server';

export const WECHAT_PATH = 'mp.weixin.qq.com/s/qbitai-transformer-authors/';
export const REPOST_PATH = 'www.xlszx.com/2024/03/25/transformer.html';

export function wechatHtml(): string {
  return readFileSync(join(SITES_DIR, WECHAT_PATH, 'index.html'), 'utf8');
}

/** The text of a piece of markup, roughly as textContent reads it (tags dropped, entities kept as written). */
function textOf(markup: string): string {
  return markup.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, '');
}

/** Characters of text in the article body (#js_content) of the WeChat fixture, whitespace excluded. */
export function articleTextLength(html: string): number {
  const start = html.indexOf('id="js_content"');
  const stop = html.indexOf('id="js_tags"');
  if (start < 0 || stop < start) throw new Error('the WeChat fixture has no #js_content … #js_tags');
  return textOf(html.slice(start, stop)).replace(/\s+/g, '').length;
}

const COMMENTERS = ['燕麦拿铁不加糖', '山海经里的鱼', '周末去爬山', '不吃香菜的猫', '夜班地铁', '老街口的树', '三点半的咖啡', '晴天补觉'];
const PROVINCES = ['广东', '四川', '北京', '浙江', '湖北', '上海', '江苏', '山东'];
/** Real comments on this article name its people; the annotator must still leave them alone. */
const ASIDES = ['转给宿舍的沙哥看看。', '老黄的刀法真准。', '奥特曼又来摘桃子了?', '瓦斯哥这个外号绝了。'];

/** Chinese sentences with nothing to do with the article, from the big unrelated page's generator. */
function sentences(chars: number): string[] {
  const html = makeBigChinesePage(Math.max(200_000, chars * 4));
  const paragraphs = html.match(/<p>[\s\S]*?<\/p>/g) ?? [];
  const out = paragraphs.flatMap((p) => textOf(p).split(/(?<=[。!?])/)).filter((s) => s.trim().length > 4);
  if (out.length === 0) throw new Error('no sentences for the comments');
  return out;
}

/** `count` characters (whitespace excluded) of comment items, in the markup of the fixture's own comments. */
function comments(count: number): string {
  const pool = sentences(count);
  const items: string[] = [];
  let made = 0;
  for (let i = 0, next = 0; made < count; i++) {
    let text = i % 10 === 3 ? ASIDES[(i / 10) % ASIDES.length | 0]! : '';
    const length = 40 + ((i * 37) % 120);
    while (text.length < length) text += pool[next++ % pool.length]!;
    text = text.slice(0, Math.min(text.length, count - made));
    made += text.replace(/\s+/g, '').length;
    items.push(
      `<li class="js_comment_item discuss_item" id="cid${2000 + i}"><div class="discuss_item_hd"><strong class="nickname">${COMMENTERS[i % COMMENTERS.length]}</strong></div>` +
        `<div class="discuss_message"><span class="discuss_message_content">${text}</span></div>` +
        `<div class="discuss_extra_info">${PROVINCES[i % PROVINCES.length]} · 3月${25 + (i % 5)}日 · 赞 ${(i * 7) % 90}</div></li>\n`,
    );
  }
  return items.join('');
}

/** The WeChat article with `factor` × its text length of extra comments appended to its comment list. */
export function wechatWithComments(factor: number): { html: string; extraChars: number; articleChars: number } {
  const html = wechatHtml();
  const articleChars = articleTextLength(html);
  const list = html.indexOf('id="js_cmt_list"');
  const close = html.indexOf('</ul>', list);
  if (list < 0 || close < 0) throw new Error('the WeChat fixture has no comment list (#js_cmt_list)');
  const extraChars = Math.round(articleChars * factor);
  return { html: html.slice(0, close) + comments(extraChars) + html.slice(close), extraChars, articleChars };
}
