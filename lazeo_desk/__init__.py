"""lazeo-desk: the DPO's workstation for data subject requests at the LAZEO clinics."""

__version__ = "0.1.0"
