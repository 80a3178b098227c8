/*
 * kn_alloc.h - how the pure C cores get memory and check for interrupts.
 *
 * A core never calls malloc or the server: the caller hands it an
 * allocator (palloc in a memory context in the server, a counting or
 * sanitized malloc in the unit programs) and, optionally, the hook that
 * lets a long call be cancelled.
 */
#ifndef KN_ALLOC_H
#define KN_ALLOC_H

#include <stddef.h>

typedef struct kn_alloc
{
	/* realloc semantics: ptr NULL allocates, size 0 frees */
	void	   *(*realloc_fn) (void *ctx, void *ptr, size_t size);
	void	   *ctx;
	/* called every KN_INTERRUPT_BYTES of input, or NULL: the server's
	 * CHECK_FOR_INTERRUPTS, so a long call honours cancel and timeouts */
	void		(*interrupt_fn) (void);
} kn_alloc;

#define KN_INTERRUPT_BYTES 65536

/*
 * Let the caller check for interrupts once every KN_INTERRUPT_BYTES of
 * progress (pos); always true, to sit in a loop's condition.
 */
static inline int
kn_tick(const kn_alloc *al, size_t pos, size_t *next)
{
	if (pos >= *next && al->interrupt_fn)
	{
		al->interrupt_fn();
		*next = pos + KN_INTERRUPT_BYTES;
	}
	return 1;
}

/* Grow an array of elem-byte items to hold need through the caller's allocator. */
static inline void *
kn_grow(const kn_alloc *al, void *arr, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return arr;
	*cap = *cap ? *cap * 2 : 16;
	if (*cap < need)
		*cap = need;
	return al->realloc_fn(al->ctx, arr, *cap * elem);
}

#endif							/* KN_ALLOC_H */
