package org.kerangka.app.person;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A position a person held: title, at which organisation, from when to when. */
@Table("person_position")
public record Position(
    String title,
    @Nullable Long organisationId,
    @Nullable LocalDate fromDate,
    @Nullable LocalDate toDate) {}
