-- A batch feature transform: search results in, model features out.
-- Run it with:  bin/activations-sql -f examples/feature_transform.sql
-- Paths are relative to the folder you run it from (the repository root).

-- 1. Read the bundled data: one row per (search session, result document).
CREATE OR REPLACE TEMPORARY VIEW results
USING csv
OPTIONS (path 'examples/data/search_results.csv', header 'true', inferSchema 'true');

-- 2. Add activation features: click probability from the ranker's logit, squashed text relevance,
--    and the gradients a downstream model would use. Missing dwell time stays NULL.
CREATE OR REPLACE TEMPORARY VIEW features AS
SELECT
  session_id,
  query,
  doc_id,
  sigmoid(click_logit)                   AS click_probability,
  sigmoid_grad(click_logit)              AS click_probability_slope,
  gelu((bm25 - 9.0) / 4.0)               AS relevance_gelu,
  gelu((bm25 - 9.0) / 4.0, 'tanh')       AS relevance_gelu_tanh,
  relu(ln(dwell_seconds) - ln(30.0))     AS long_dwell_excess
FROM results;

-- 3. Write the features as Parquet under examples/output/ (ignored by git).
INSERT OVERWRITE DIRECTORY 'examples/output/search_features'
USING parquet
SELECT * FROM features;

-- 4. Print a sample, read back from the Parquet just written.
SELECT session_id, query, doc_id,
       round(click_probability, 4)   AS p_click,
       round(relevance_gelu, 4)      AS rel_gelu,
       round(long_dwell_excess, 4)   AS dwell_excess
FROM parquet.`examples/output/search_features`
ORDER BY session_id, p_click DESC
LIMIT 10;
