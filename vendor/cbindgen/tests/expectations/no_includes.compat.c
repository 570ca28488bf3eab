#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

void root(void);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus
