/**
 * What every capability stands on: the database (embedded PostgreSQL unless one is configured), the order in which
 * Flyway and the process engine touch it, web security, the clock, and how refusals of the law become
 * {@code application/problem+json} answers.
 *
 * <p>An open module: every other module may use its types.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.openklacht.platform;
