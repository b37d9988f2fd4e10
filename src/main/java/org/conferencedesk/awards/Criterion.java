package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the committee scores each nominee on in a category, with its weight. A member's score of a
 * nominee is the weighted mean of its criterion scores: Σ(weight × score) / Σ weight.
 *
 * @param id database id, or null before it is saved
 * @param categoryId the category
 * @param nameZh the criterion in Chinese ("创新性"), 1–100 characters, unique in the category
 * @param nameEn in English ("Innovation"), 1–100 characters, unique in the category
 * @param weight its weight, above 0, at most three decimals (0.3, 30, 1.5 all work: only the ratios count)
 * @param order its place on the score sheet, from 1
 */
public record Criterion(Long id, long categoryId, String nameZh, String nameEn, BigDecimal weight, int order) {

    /** Checks the required parts. */
    public Criterion {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(weight, "weight");
    }

    /** A criterion not yet saved. */
    public static Criterion of(long categoryId, String nameZh, String nameEn, BigDecimal weight, int order) {
        return new Criterion(null, categoryId, nameZh, nameEn, weight, order);
    }
}
