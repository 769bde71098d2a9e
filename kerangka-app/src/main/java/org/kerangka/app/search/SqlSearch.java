package org.kerangka.app.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A stand-in search by substring over titles and names, until the Lucene index replaces it. It
 * knows nothing of stemming, synonyms or country names.
 */
@Component
class SqlSearch implements Search {
  private final JdbcClient jdbc;

  SqlSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty() || limit <= 0) {
      return List.of();
    }
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<SearchHit> hits = new ArrayList<>();
    jdbc.sql(
            "select id, coalesce(name_id, name_en) from organisation where lower(coalesce(name_id, '')) like :q or lower(coalesce(name_en, '')) like :q order by id limit :n")
        .param("q", like)
        .param("n", limit)
        .query(
            (rs, i) ->
                new SearchHit(
                    "organisation",
                    rs.getLong(1),
                    rs.getString(2),
                    HtmlUtils.htmlEscape(rs.getString(2)),
                    1f))
        .list()
        .forEach(hits::add);
    return hits.size() > limit ? hits.subList(0, limit) : hits;
  }
}
