#ifndef ONESCREEN_CCRYPTO_SHIM_H
#define ONESCREEN_CCRYPTO_SHIM_H
#include <openssl/evp.h>
#endif
