// DocSearch crawler config, pasted into https://crawler.algolia.com (kept here for review).
// The crawler's apiKey needs addObject/deleteObject/editSettings on fernwood_docs*.
new Crawler({
  appId: "⟦b40b_algolia_app_id:docs⟧",
  apiKey: "⟦algolia_admin_key:crawler⟧",
  rateLimit: 8,
  maxDepth: 10,
  maxUrls: 25000,
  startUrls: ["https://docs.fernwood.dev/"],
  renderJavaScript: false,
  sitemaps: ["https://docs.fernwood.dev/sitemap.xml"],
  ignoreCanonicalTo: true,
  discoveryPatterns: ["https://docs.fernwood.dev/**"],
  exclusionPatterns: ["https://docs.fernwood.dev/search**", "https://docs.fernwood.dev/**/next/**"],
  schedule: "at 04:20 on Monday",
  actions: [
    {
      indexName: "fernwood_docs",
      pathsToMatch: ["https://docs.fernwood.dev/**"],
      recordExtractor: ({ $, helpers }) => {
        const lvl0 =
          $(".menu__link.menu__link--sublist.menu__link--active, .navbar__item.navbar__link--active")
            .last()
            .text() || "Documentation";

        return helpers.docsearch({
          recordProps: {
            lvl0: { selectors: "", defaultValue: lvl0 },
            lvl1: ["header h1", "article h1"],
            lvl2: "article h2",
            lvl3: "article h3",
            lvl4: "article h4",
            lvl5: "article h5, article td:first-child",
            content: "article p, article li, article td:last-child",
            language: { selectors: "html", defaultValue: "en" },
          },
          indexHeadings: true,
          aggregateContent: true,
          recordVersion: "v3",
        });
      },
    },
  ],
  initialIndexSettings: {
    fernwood_docs: {
      attributesForFaceting: ["type", "lang", "language", "version", "docusaurus_tag"],
      attributesToRetrieve: ["hierarchy", "content", "anchor", "url", "url_without_anchor", "type"],
      attributesToHighlight: ["hierarchy", "content"],
      attributesToSnippet: ["content:10"],
      camelCaseAttributes: ["hierarchy", "content"],
      searchableAttributes: [
        "unordered(hierarchy.lvl0)",
        "unordered(hierarchy.lvl1)",
        "unordered(hierarchy.lvl2)",
        "unordered(hierarchy.lvl3)",
        "content",
      ],
      distinct: true,
      attributeForDistinct: "url",
      customRanking: ["desc(weight.pageRank)", "desc(weight.level)", "asc(weight.position)"],
      ranking: ["words", "filters", "typo", "attribute", "proximity", "exact", "custom"],
      highlightPreTag: '<span class="algolia-docsearch-suggestion--highlight">',
      highlightPostTag: "</span>",
      minWordSizefor1Typo: 3,
      minWordSizefor2Typos: 7,
      allowTyposOnNumericTokens: false,
      minProximity: 1,
      ignorePlurals: true,
      advancedSyntax: true,
      attributeCriteriaComputedByMinProximity: true,
      removeWordsIfNoResults: "allOptional",
      separatorsToIndex: "_",
    },
  },
});
