import { describe, expect, it } from "vitest";
import { cleanPost, splitHashtag, wordsOf } from "./clean-post";

describe("cleanPost", () => {
  it("drops links, handles, RT and emoji, and splits hashtags into words", () => {
    expect(cleanPost("RT @news_bot: Elon did it 🚀🇺🇦 #StarlinkUkraine https://t.co/abc www.example.com/x")).toBe(
      "Elon did it Starlink Ukraine",
    );
  });
  it("drops bare links to pictures and short links, and decodes HTML entities", () => {
    expect(cleanPost("Crocodile in Silchar &amp; Guwahati pic.twitter.com/AbC123 bit.ly/x9 — Jo (@jo) June 22, 2022")).toBe(
      "Crocodile in Silchar & Guwahati — Jo June 22, 2022",
    );
  });
  it("keeps an email-like word and ordinary punctuation", () => {
    expect(cleanPost("Trump's plan: a $4,000 'sales tax'?")).toBe("Trump's plan: a $4,000 'sales tax'?");
  });
});

describe("splitHashtag", () => {
  it("splits camel case, acronyms, digits and underscores", () => {
    expect(splitHashtag("AssamFloods")).toBe("Assam Floods");
    expect(splitHashtag("COVIDVaccine")).toBe("COVID Vaccine");
    expect(splitHashtag("covid19_vaccine")).toBe("covid 19 vaccine");
  });
});

describe("wordsOf", () => {
  it("lists each word once, keeping inner apostrophes and hyphens", () => {
    expect(wordsOf("They're eating the pets, the pets! COVID-19")).toEqual(["They're", "eating", "the", "pets", "COVID-19"]);
  });
});
