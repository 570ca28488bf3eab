
cdef extern from *:
  pass