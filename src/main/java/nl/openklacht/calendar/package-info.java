/**
 * The statutory calendar: when a complaint was received and when its deadlines fall.
 *
 * <p>Awb chapter 9 counts its terms in weeks from the receipt date: 6 weeks to handle a complaint (10 with an advisory
 * committee), one extension of at most 4 weeks (9:11), and 4 weeks for the notice that a complaint is not handled
 * (9:8). Such a term that ends on a Saturday, Sunday or generally recognised holiday runs on to the next day that is
 * none of these: Algemene termijnenwet (Atw) art. 1. Which days are holidays is art. 3: a fixed list (including
 * Goede Vrijdag, Koningsdag on Saturday 26 April when the 27th is a Sunday, and 5 May every year), which this module
 * computes, plus days equated by Royal Decree (art. 3 lid 3).
 *
 * <p>The equated days are data, not code. They are decided every few years for the next few, usually bridge days, but
 * not by any rule one could program (Monday 4 May 2026 is not one, although 5 May 2026 is a Tuesday). So they live in
 * {@code calendar/atw-equated-days.csv}, read by {@link nl.openklacht.calendar.EquatedDays}; when a new decree appears
 * in the Staatscourant, its dates are added there (or {@code openklacht.calendar.equated-days} points at another
 * file). A missing date would make a deadline a day early, so a malformed file stops the application.
 *
 * <p>Every date here is a civil date in Europe/Amsterdam. The receipt date is the day a complaint reached the
 * municipality there: a web form sent at 00:30 on 24 March is received on 24 March, although it is still 23 March in
 * UTC.
 *
 * <p>{@link nl.openklacht.calendar.StatutoryCalendar} is plain Java; {@code CalendarConfiguration} only makes it a
 * bean.
 */
@ApplicationModule(
        displayName = "Statutory calendar",
        allowedDependencies = {})
package nl.openklacht.calendar;

import org.springframework.modulith.ApplicationModule;
