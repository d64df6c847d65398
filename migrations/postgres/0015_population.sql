-- The municipality's population by single year of age and year (Statistics Denmark, FOLK1A),
-- the denominator of the figures per 1,000 children and per 0-22-year-old. Aggregates only.
CREATE TABLE population (
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    age INTEGER NOT NULL CHECK (age BETWEEN 0 AND 125),
    number BIGINT NOT NULL CHECK (number >= 0),
    PRIMARY KEY (year, age)
);
