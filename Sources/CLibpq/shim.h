#ifndef ONESCREEN_CLIBPQ_SHIM_H
#define ONESCREEN_CLIBPQ_SHIM_H

/* PostgreSQL's C client from Debian's libpq-dev; its headers live in their own folder there. */
#include <postgresql/libpq-fe.h>

#endif
