{{%AUTOESCAPE context="HTML"}}
{{! One published item: the metadata block as in the work plan's header, then the body.
    TITLE INDEX_NO CATEGORY TOPIC WRITTEN_ON PUBLISHED_ON PUBLISHER UNIFIED_NO DOC_NO VALIDITY GENRE KEYWORDS SUMMARY; NORMATIVE (KIND EFFECTIVE_ON EXPIRES_ON; VALIDITY_HISTORY (CHANGES (DATE VALIDITY EXPIRES_ON SOURCE; HAS_NOTE (NOTE); LIST (URL)))): 有效性 history; VALIDITY_CHANGE (LABEL; CHANGED_ON (ON); REPLACED_BY (TITLE URL));
    CONTENT (BODY_HTML; ATTACHMENTS (URL NAME SIZE)); WITHDRAWN (REASON); COLUMNS (NAME URL); AGENCY_CRUMB (NAME URL) for a hosted agency's item;
    RELATED_ITEMS (TITLE URL DATE): 相关信息 either way; REVISIONS (DATE NOTE): major changes, 修订记录; NOT_PROACTIVE (MODE; ON_REQUEST; EXEMPT (REASON; HAS_ENTRY ENTRY ENTRY_BASIS));
    ORIGINAL (TITLE URL): the policy an interpretation explains; INTERPRETATIONS (TITLE URL FORM): a policy's 政策解读;
    CONTENT > GRAPHIC / VIDEO (TEXT_HTML; VIDEO_LINK (URL); FILES (URL TYPE NAME)): a 图解 or video with its full text;
    ENTERPRISE (PHASE PHASE_CODE AUDIENCES CONDITIONS_HTML MATERIALS_HTML PROCEDURE_HTML DEPARTMENT CONTACT PERIOD BASIS): 惠企政策 card;
    SHARE: the page tools (public/_share.tpl); data-read-aloud marks what 朗读全文 reads. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / {{#AGENCY_CRUMB}}<a href="{{URL}}">{{NAME}}</a> / {{/AGENCY_CRUMB}}{{#COLUMNS}}<a href="{{URL}}">{{NAME}}</a> / {{/COLUMNS}}<span aria-current="page">正文</span></nav>
{{>SHARE}}
<article class="item" data-read-aloud>
<table class="item-meta">
<caption class="sr-only">信息元数据</caption>
<tbody>
<tr><th scope="row">索引号</th><td class="code">{{INDEX_NO}}</td><th scope="row">组配分类</th><td>{{CATEGORY}}</td></tr>
<tr><th scope="row">成文日期</th><td>{{WRITTEN_ON}}</td><th scope="row">发布日期</th><td>{{PUBLISHED_ON}}</td></tr>
<tr><th scope="row">发布机构</th><td>{{PUBLISHER}}</td><th scope="row">统一编号</th><td>{{UNIFIED_NO}}</td></tr>
<tr><th scope="row">标题</th><td colspan="3">{{TITLE}}</td></tr>
<tr><th scope="row">发文字号</th><td>{{DOC_NO}}</td><th scope="row">有效性</th><td>{{VALIDITY}}</td></tr>
{{#NORMATIVE}}<tr><th scope="row">实施日期</th><td>{{EFFECTIVE_ON}}</td><th scope="row">有效期至</th><td>{{EXPIRES_ON}}</td></tr>{{/NORMATIVE}}
</tbody>
</table>
{{#VALIDITY_CHANGE}}<div class="alert alert-info validity-change" role="note"><p>有效性：{{LABEL}}{{#CHANGED_ON}}（{{ON}}）{{/CHANGED_ON}}。{{#REPLACED_BY}}替代信息：<a href="{{URL}}">{{TITLE}}</a>{{/REPLACED_BY}}</p></div>{{/VALIDITY_CHANGE}}
{{#NORMATIVE}}{{#VALIDITY_HISTORY}}<details class="validity-history"><summary>有效性变更记录</summary>
<div class="table-wrap" tabindex="0" role="region" aria-label="有效性变更记录"><table class="table">
<caption class="sr-only">本文件有效性的变更记录</caption>
<thead><tr><th scope="col">日期</th><th scope="col">有效性</th><th scope="col">有效期至</th><th scope="col">依据</th></tr></thead>
<tbody>{{#CHANGES}}<tr><td>{{DATE}}</td><td>{{VALIDITY}}</td><td>{{EXPIRES_ON}}</td><td>{{SOURCE}}{{#HAS_NOTE}}：{{NOTE}}{{/HAS_NOTE}}{{#LIST}} <a href="{{URL}}">清理结果</a>{{/LIST}}</td></tr>{{/CHANGES}}</tbody>
</table></div></details>{{/VALIDITY_HISTORY}}{{/NORMATIVE}}
<h1 class="item-title">{{TITLE}}</h1>
{{#ORIGINAL}}<p class="item-links">原文：<a href="{{URL}}">{{TITLE}}</a></p>{{/ORIGINAL}}
{{#INTERPRETATIONS}}<p class="item-links">政策解读：<a href="{{URL}}">{{TITLE}}</a> <span class="muted">（{{FORM}}）</span></p>{{/INTERPRETATIONS}}
{{#ENTERPRISE}}<section class="card policy-card" aria-labelledby="policy-card-title">
<h2 class="card-title" id="policy-card-title">申报要点 <span class="badge phase-{{PHASE_CODE}}">{{PHASE}}</span></h2>
<dl class="kv">
<div class="kv-wide"><dt>适用对象</dt><dd>{{AUDIENCES}}</dd></div>
<div class="kv-wide"><dt>申请条件</dt><dd class="prose">{{CONDITIONS_HTML:none}}</dd></div>
<div class="kv-wide"><dt>申报材料清单</dt><dd class="prose">{{MATERIALS_HTML:none}}</dd></div>
<div class="kv-wide"><dt>办理流程</dt><dd class="prose">{{PROCEDURE_HTML:none}}</dd></div>
<div><dt>承办部门</dt><dd>{{DEPARTMENT}}</dd></div>
<div><dt>联系方式</dt><dd>{{CONTACT}}</dd></div>
<div><dt>起止时间</dt><dd>{{PERIOD}}</dd></div>
<div><dt>政策依据</dt><dd>{{BASIS}}</dd></div>
</dl>
</section>{{/ENTERPRISE}}
{{#WITHDRAWN}}<div class="alert alert-info" role="status"><p>该信息已撤回。说明：{{REASON}}</p></div>{{/WITHDRAWN}}
{{#NOT_PROACTIVE}}<div class="alert alert-info" role="status"><p>公开方式：{{MODE}}。{{#ON_REQUEST}}如需获取该信息，可以依法向本机关提出政府信息公开申请。{{/ON_REQUEST}}{{#EXEMPT}}理由和依据：{{REASON}}{{#HAS_ENTRY}}（属于<a href="/negative-list">不予公开事项清单</a>所列“{{ENTRY}}”，依据{{ENTRY_BASIS}}）{{/HAS_ENTRY}}{{/EXEMPT}}</p></div>{{/NOT_PROACTIVE}}
{{#CONTENT}}{{#GRAPHIC}}<figure class="interpretation-media">
{{#FILES}}<img src="{{URL}}" alt="图解，文字说明见图下方" aria-describedby="media-text">{{/FILES}}
<figcaption><h2 class="media-text-title">图解文字说明</h2><div class="prose" id="media-text">{{TEXT_HTML:none}}</div></figcaption>
</figure>{{/GRAPHIC}}
{{#VIDEO}}<figure class="interpretation-media">
{{#FILES}}<video controls preload="metadata" src="{{URL}}" aria-describedby="media-text"><a href="{{URL}}">下载视频：{{NAME}}</a></video>{{/FILES}}
{{#VIDEO_LINK}}<p><a href="{{URL}}" rel="noopener noreferrer">观看视频解读</a></p>{{/VIDEO_LINK}}
<figcaption><h2 class="media-text-title">视频文字稿</h2><div class="prose" id="media-text">{{TEXT_HTML:none}}</div></figcaption>
</figure>{{/VIDEO}}
<div class="prose item-body">
<h2 class="sr-only">正文</h2>
{{BODY_HTML:none}}
</div>
<section class="attachments" aria-labelledby="attachments-title"><h2 id="attachments-title">附件</h2>
<ul class="link-list">{{#ATTACHMENTS}}<li><a href="{{URL}}">{{NAME}}</a> <span class="muted">（{{SIZE}}）</span></li>{{/ATTACHMENTS}}</ul>
<p class="empty-note muted">无附件</p></section>{{/CONTENT}}
<section class="related" aria-labelledby="related-title"><h2 id="related-title">相关信息</h2>
<ul class="item-list">{{#RELATED_ITEMS}}<li><a href="{{URL}}">{{TITLE}}</a> <time class="muted">{{DATE}}</time></li>{{/RELATED_ITEMS}}</ul>
<p class="empty-note muted">无相关信息</p></section>
<section class="revisions" aria-labelledby="revisions-title"><h2 id="revisions-title">修订记录</h2>
<ul class="link-list">{{#REVISIONS}}<li><time>{{DATE}}</time> {{NOTE}}</li>{{/REVISIONS}}</ul>
<p class="empty-note muted">无修订</p></section>
</article>
