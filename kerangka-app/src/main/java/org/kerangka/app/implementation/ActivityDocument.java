package org.kerangka.app.implementation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A document or link about an activity; category is an IATI DocumentCategory code (A01 ...). */
@Table("activity_document")
public record ActivityDocument(
    String url,
    @Nullable String title,
    @Nullable String category,
    @Nullable LocalDate publishedOn) {}
