package org.conferencedesk.awards;

import java.util.Objects;

/**
 * A prize of a category: its rank (1 = first prize) and how many places it has (first prize ×1,
 * second ×2, third ×3). A category with a single award (Most Concerned Forum Award) has one prize of
 * rank 1. Each winner takes one place; a prize never holds more winners than places.
 *
 * @param id database id, or null before it is saved
 * @param categoryId the category
 * @param rank 1 for the first prize, 2 for the second ...; unique in the category
 * @param nameZh the prize's name in Chinese ("一等奖"), 1–100 characters
 * @param nameEn in English ("First prize"), 1–100 characters
 * @param places how many winners it can have, 1–1000
 */
public record Prize(Long id, long categoryId, int rank, String nameZh, String nameEn, int places) {

    /** Checks the names are present. */
    public Prize {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    /** A prize not yet saved. */
    public static Prize of(long categoryId, int rank, String nameZh, String nameEn, int places) {
        return new Prize(null, categoryId, rank, nameZh, nameEn, places);
    }

    /** The name in {@code locale}'s language. */
    public String name(java.util.Locale locale) {
        return org.conferencedesk.shared.i18n.Messages.isChinese(locale) ? nameZh : nameEn;
    }
}
