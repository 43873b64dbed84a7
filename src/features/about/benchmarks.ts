// Published national projections to put the model's England figures beside, with their sources. They are on
// the bulletin's basis (fully qualified permanent GPs including NHS estimates): the app converts its own
// practice-level figures to that basis before comparing.

export const REAL_CENTRE_2022 = {
  label: 'Health Foundation REAL Centre (2022), current-policy scenario',
  year: 2031,
  supplyFte: 29_000,
  neededFte: 37_800,
  shortfallFte: 8_800,
  basis: 'fully qualified permanent GPs, FTE (bulletin basis)',
  source: 'https://health.org.uk/news-and-comment/charts-and-infographics/the-gp-shortfall-in-numbers',
  text: 'About 27,000 FTE in post in 2021/22 and a shortfall of about 8,800 FTE against the 37,800 FTE needed in 2030/31: a supply of about 29,000 FTE.',
} as const;
