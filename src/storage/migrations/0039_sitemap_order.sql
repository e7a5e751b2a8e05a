-- sitemap.xml at 1,000,000 items: the published items' 索引号 and 发布日期,
-- newest first, a file of 50,000 at a time (LIMIT/OFFSET). Covering, in the
-- order asked, so a file is read from this index alone — skipping the
-- earlier files' entries without touching the table — instead of keeping
-- every URL in memory or sorting the table for each file.
CREATE INDEX items_sitemap ON items (state, published_at, id, index_no, published_on);
