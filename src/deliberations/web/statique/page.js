"use strict";
// La page envoie le fichier choisi au point d'accès de l'API qui convient et montre le
// verdict et les constats. Aucune ressource extérieure.
const POINTS = {
  "scdl": "/scdl/validation",
  "extrait": "/extraits/lecture",
  "seance": "/seances/validation",
  "actes-verification": "/actes/verification",
  "actes-lecture": "/actes/lecture",
};
const TYPES = {
  ".csv": "text/csv", ".txt": "text/plain", ".pdf": "application/pdf",
  ".html": "text/html", ".htm": "text/html", ".json": "application/json",
  ".xml": "application/xml", ".gz": "application/gzip", ".tgz": "application/gzip",
};

function extension(nom) {
  const i = nom.lastIndexOf(".");
  return i < 0 ? "" : nom.slice(i).toLowerCase();
}

function natureDevinee(nom) {
  const ext = extension(nom);
  if (ext === ".csv") return "scdl";
  if ([".txt", ".pdf", ".html", ".htm"].includes(ext)) return "extrait";
  if (ext === ".json") return "seance";
  return "actes-verification";
}

function typeContenu(nom, nature) {
  const ext = extension(nom);
  if (nature === "scdl") return "text/csv";
  return TYPES[ext] || (nature.startsWith("actes") ? "application/gzip" : "text/plain");
}

function constatsDe(nature, reponse) {
  if (Array.isArray(reponse)) return reponse.flatMap((r) => r.constats || []);
  if (nature === "extrait" || nature === "actes-lecture") return (reponse.rapport || {}).constats || [];
  return reponse.constats || [];
}

function verdictDe(nature, reponse, statut) {
  if (reponse.erreur) return [false, "Fichier refusé : " + reponse.erreur.message];
  if (nature === "scdl") return [reponse.valide, reponse.valide ? "VALIDE" : "INVALIDE"];
  if (nature === "extrait") {
    return [reponse.seance !== null, reponse.seance !== null ? "Séance lue" : "Aucune séance lue"];
  }
  if (nature === "actes-lecture") {
    return [reponse.message !== null, "Message " + (reponse.type || "inconnu")];
  }
  const ok = Array.isArray(reponse) ? reponse.every((r) => r.ok) : reponse.ok;
  return [ok, ok ? "Aucune erreur" : "Des erreurs ont été trouvées"];
}

function cellule(ligne, texte) {
  const td = document.createElement("td");
  td.textContent = texte || "";
  ligne.appendChild(td);
}

function afficher(nature, reponse, statut) {
  const [ok, texte] = verdictDe(nature, reponse, statut);
  const verdict = document.getElementById("verdict");
  verdict.textContent = texte;
  verdict.className = ok ? "valide" : "invalide";
  const constats = constatsDe(nature, reponse);
  document.getElementById("resume").textContent = constats.length + " constat(s).";
  const corps = document.querySelector("#constats tbody");
  corps.replaceChildren();
  for (const c of constats) {
    const ligne = document.createElement("tr");
    ligne.className = c.severite;
    cellule(ligne, c.severite);
    cellule(ligne, c.code);
    cellule(ligne, c.chemin);
    cellule(ligne, c.message);
    cellule(ligne, c.article);
    corps.appendChild(ligne);
  }
  document.getElementById("resultat").hidden = false;
  verdict.focus();
}

async function lienScdl(fichier, type) {
  const reponse = await fetch("/extraits/lecture?format=scdl", {
    method: "POST", headers: {"Content-Type": type}, body: fichier,
  });
  const bloc = document.getElementById("telechargement");
  if (!reponse.ok) { bloc.hidden = true; return; }
  const lien = document.getElementById("lien-scdl");
  lien.href = URL.createObjectURL(await reponse.blob());
  bloc.hidden = false;
}

const AVEC_HTML = ["scdl", "seance", "actes-verification"];

async function lienHtml(adresse, fichier, type) {
  const bloc = document.getElementById("rapport-html");
  const separateur = adresse.includes("?") ? "&" : "?";
  const nom = "nom=" + encodeURIComponent(fichier.name);
  const reponse = await fetch(adresse + separateur + "format=html&" + nom, {
    method: "POST", headers: {"Content-Type": type}, body: fichier,
  });
  if (!reponse.ok) { bloc.hidden = true; return; }
  document.getElementById("lien-html").href = URL.createObjectURL(await reponse.blob());
  bloc.hidden = false;
}

async function verifier(evenement) {
  evenement.preventDefault();
  const fichier = document.getElementById("fichier").files[0];
  if (!fichier) return;
  let nature = document.getElementById("nature").value;
  if (nature === "auto") nature = natureDevinee(fichier.name);
  const type = typeContenu(fichier.name, nature);
  const strict = document.getElementById("strict").checked ? "?strict=vrai" : "";
  const adresse = POINTS[nature] + (nature === "scdl" ? strict : "");
  document.getElementById("telechargement").hidden = true;
  document.getElementById("rapport-html").hidden = true;
  let reponse;
  try {
    const brute = await fetch(adresse, {method: "POST", headers: {"Content-Type": type}, body: fichier});
    reponse = await brute.json();
    afficher(nature, reponse, brute.status);
    if (nature === "extrait" && reponse.seance) await lienScdl(fichier, type);
    if (AVEC_HTML.includes(nature) && !reponse.erreur) await lienHtml(adresse, fichier, type);
  } catch (e) {
    afficher(nature, {erreur: {message: "le service n'a pas répondu (" + e + ")."}}, 0);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("formulaire").addEventListener("submit", verifier);
});
