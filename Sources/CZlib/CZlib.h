// zlib for Taipan's zlib module (Sources/TaipanRuntime/Modules/Zlib) and binascii.crc32.
#include <zlib.h>
