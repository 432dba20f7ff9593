#ifndef ONESCREEN_CLIBPQ_SHIM_H
#define ONESCREEN_CLIBPQ_SHIM_H

/* PostgreSQL's C client from Debian's libpq-dev; its headers live in their own folder there. Only its declarations:
   the library itself is opened when a PostgreSQL store is (Libpq.swift), not linked. */
#include <postgresql/libpq-fe.h>

#endif
