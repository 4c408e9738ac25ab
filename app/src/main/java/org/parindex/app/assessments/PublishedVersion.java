package org.parindex.app.assessments;

import java.time.OffsetDateTime;

/** A ranking as it was published (CSV: rank,unit,points,maximum,index,band), and why it was re-opened if it was. */
public record PublishedVersion(String period, int number, OffsetDateTime publishedAt, String publishedBy,
                               String rankingCsv, OffsetDateTime reopenedAt, String reopenedBy, String reopenReason) { }
