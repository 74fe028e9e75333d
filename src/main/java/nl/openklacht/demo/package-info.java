/**
 * The demo municipality's cases: a handful of submissions in every stage of their life, so that a fresh start
 * shows work lists, deadlines and history. Only with the {@code demo} profile, and only on an empty database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package nl.openklacht.demo;
