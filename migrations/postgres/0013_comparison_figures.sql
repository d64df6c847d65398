-- Key figures of others (a comparison group of municipalities, the region, the country) that a
-- project lead imports to show beside the municipality's own. Published aggregates only.
-- The value is kept as written (`54.6`), so it keeps the decimals it was published with;
-- position keeps the file's order of groups and key figures.
CREATE TABLE comparison_figures (
    indicator TEXT NOT NULL CHECK (length(indicator) BETWEEN 1 AND 100),
    group_key TEXT NOT NULL CHECK (length(group_key) BETWEEN 1 AND 100),
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    value TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (indicator, group_key, year)
);
