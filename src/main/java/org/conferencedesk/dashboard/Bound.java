package org.conferencedesk.dashboard;

/**
 * How an announced figure is stated against the data: exactly, as a floor, or as a rounded figure.
 * "以上" includes the number and "超过" does not: the Civil Code of the PRC, art. 1259 ("民法所称的
 * '以上''以下''以内''届满'，包括本数；所称的'不满''超过''以外'，不包括本数"), the reading Chinese
 * official texts follow; English "more than" and "over" are read the same way as 超过.
 */
public enum Bound {
    /** "24 academicians", "536.3 亿元": the data, rounded to the stated precision, give the stated figure. */
    EXACT,
    /** "320+", "320人以上", "不少于320", "at least 320", "320 or more": the data are the figure or more. */
    AT_LEAST,
    /** "超过320", "逾320", "320余人", "320多人", "超3,200家", "more than 320", "over 320": the data are more than the figure. */
    MORE_THAN,
    /** "约300", "300左右", "about 300": the data, rounded to the figure's last non-zero digit, give the figure. */
    ABOUT,
    /** "近300", "将近300", "nearly 300": as {@link #ABOUT}, and not above the figure. */
    NEARLY
}
