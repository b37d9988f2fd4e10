package org.conferencedesk.guests;

/**
 * The kind of guest, as the 2020 press release counts them (24 academicians, 100+ experts, 200+
 * enterprise representatives) plus the other groups an organising committee invites.
 * Names are shown through the {@code guests} bundle ({@code category.NAME}).
 */
public enum GuestCategory {
    ACADEMICIAN,
    EXPERT,
    ENTERPRISE_REPRESENTATIVE,
    GOVERNMENT_OFFICIAL,
    MEDIA,
    OTHER
}
