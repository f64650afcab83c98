// Deterministic article-shaped pages for the benchmarks: news markup around a long article with
// headings, lists, quotes, tables and figures, sized by words or by bytes.
const VOCABULARY = (
  "the council said border water treaty deliveries cycle drought farmers reservoir federal report " +
  "agency officials million percent budget counted vehicles troops cartel designation president " +
  "minister statement evidence record shows figures annual average increase decline court ruling"
).split(" ");

function sentence(seed: number, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(VOCABULARY[(seed * 7 + i * 13 + ((seed * i) % 11)) % VOCABULARY.length]!);
  const text = parts.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(index: number, words: number): string {
  const sentences: string[] = [];
  for (let left = words, k = 0; left > 0; k++) {
    const length = Math.min(left, 12 + ((index + k) % 9));
    sentences.push(sentence(index * 31 + k, length));
    left -= length;
  }
  return sentences.join(" ");
}

function block(index: number): string {
  if (index % 25 === 12) return `<h2>${sentence(index, 6)}</h2>`;
  if (index % 40 === 20) return `<ul><li>${sentence(index, 10)}</li><li>${sentence(index + 1, 12)}</li></ul>`;
  if (index % 45 === 30) return `<blockquote><p>${paragraph(index, 30)}</p></blockquote>`;
  if (index % 60 === 40)
    return `<table><tbody><tr><th>Year</th><th>Count</th></tr><tr><td>2024</td><td>${index * 17}</td></tr></tbody></table>`;
  if (index % 70 === 50)
    return `<figure><img src="https://news.example/img/${index}.jpg" alt="${sentence(index, 6)}"><figcaption>${sentence(index + 3, 9)}</figcaption></figure>`;
  return `<p>${paragraph(index, 90)}</p>`;
}

const CHROME = `<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<div class="ad">Advertisement: subscribe today for half price.</div>`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Bench Daily</title>
<meta property="og:site_name" content="Bench Daily"><meta property="article:published_time" content="2025-05-04T12:00:00Z">
<script>window.track = () => 1;</script></head><body>${CHROME}<main><article><h1>${title}</h1>
<p class="byline">By Bench Reporter</p>${body}</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Other story</a></li></ul></aside><footer>© Bench Daily</footer></body></html>`;
}

/** A news page of at least `bytes` bytes of HTML. */
export function pageOfSize(bytes: number): string {
  const blocks: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes - 1200; i++) {
    const html = block(i);
    blocks.push(html);
    size += html.length;
  }
  return page("A long report on border water deliveries", blocks.join("\n"));
}

/** A news page whose article has about `words` words. */
export function pageOfWords(words: number): string {
  const blocks: string[] = [];
  for (let i = 0, count = 0; count < words; i++) {
    const html = block(i);
    blocks.push(html);
    count += html
      .replace(/<[^>]+>/g, " ")
      .split(/\s+/)
      .filter(Boolean).length;
  }
  return page("Twenty thousand words on the water treaty", blocks.join("\n"));
}
