/**
 * The dev server: builds a site into memory, serves it on a local address, watches the site folder, rebuilds
 * only what a change touches, and tells open pages to reload over Server-Sent Events. A failed rebuild is
 * shown as an overlay page listing its errors; the server keeps running and recovers on the next good save.
 * Nothing is written to disk, so any number of servers can run on one site.
 */
package dev.broadsheet.serve;
