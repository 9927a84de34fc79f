#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Core.Storage;
using CadencePod.Core.Ui;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>Lines written to the console (the last 200 kept).</summary>
    public sealed class TextLog : ITextOut
    {
        public readonly string[] Lines = new string[200];
        public int Count;

        public void WriteLine(string line)
        {
            Lines[Count % Lines.Length] = line;
            Count++;
        }

        public bool Contains(string text)
        {
            int n = Count < Lines.Length ? Count : Lines.Length;
            for (int i = 0; i < n; i++)
            {
                if (Lines[i] != null && Lines[i].IndexOf(text) >= 0) return true;
            }

            return false;
        }
    }
}
