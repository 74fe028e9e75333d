/**
 * The municipality's organisation as complaint handling needs it: departments (afdelingen), staff members with their
 * roles — coordinator (klachtcoördinator), handler (klachtbehandelaar), manager, admin — and the departments a
 * handler may handle for. Staff sign in with the credentials kept here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package nl.openklacht.organisation;
