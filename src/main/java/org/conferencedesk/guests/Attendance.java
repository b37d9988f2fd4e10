package org.conferencedesk.guests;

/** How a guest takes part: in the hall or over the internet (the 2020 edition had both). */
public enum Attendance {
    ON_SITE,
    ONLINE
}
