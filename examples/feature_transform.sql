-- A batch feature transform: search results in, model features out.
-- Run it with:  bin/activations-sql -f examples/feature_transform.sql
-- Paths are relative to the folder you run it from (the repository root).

-- 1. Read the bundled data: one row per (search session, result document).
CREATE OR REPLACE TEMPORARY VIEW results
USING csv
OPTIONS (path 'examples/data/search_results.csv', header 'true', inferSchema 'true');

-- 2. Add activation features: click probability from the ranker's logit, each document's share of
--    its session's clicks (softmax over the session's rows), squashed text relevance, and the
--    gradients a downstream model would use. Missing dwell time stays NULL.
CREATE OR REPLACE TEMPORARY VIEW features AS
SELECT
  session_id,
  query,
  doc_id,
  sigmoid(click_logit)                                 AS click_probability,
  sigmoid_grad(click_logit)                            AS click_probability_slope,
  softmax(click_logit) OVER (PARTITION BY session_id)  AS click_share,
  gelu((bm25 - 9.0) / 4.0)                             AS relevance_gelu,
  gelu((bm25 - 9.0) / 4.0, 'tanh')                     AS relevance_gelu_tanh,
  relu(ln(dwell_seconds) - ln(30.0))                   AS long_dwell_excess
FROM results;

-- 3. Write the features as Parquet under examples/output/ (ignored by git).
INSERT OVERWRITE DIRECTORY 'examples/output/search_features'
USING parquet
SELECT * FROM features;

-- 4. One row per session: the ranker's listwise loss against the documents read for over 30 s,
--    streamed over the session's rows, and the same loss from the session as an array of logits.
INSERT OVERWRITE DIRECTORY 'examples/output/session_losses'
USING parquet
SELECT session_id,
       softmax_loss(click_logit, coalesce(dwell_seconds, 0) > 30)  AS listwise_loss,
       log_sum_exp(click_logit)                                     AS log_partition,
       softmax(collect_list(click_logit))                           AS click_shares
FROM results
WHERE session_id IN (SELECT session_id FROM results WHERE dwell_seconds > 30)
GROUP BY session_id;

-- 5. Print a sample, read back from the Parquet just written.
SELECT session_id, query, doc_id,
       round(click_probability, 4)   AS p_click,
       round(click_share, 4)         AS share,
       round(relevance_gelu, 4)      AS rel_gelu,
       round(long_dwell_excess, 4)   AS dwell_excess
FROM parquet.`examples/output/search_features`
ORDER BY session_id, p_click DESC
LIMIT 10;
