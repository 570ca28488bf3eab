
cdef extern from *:

  void root();
