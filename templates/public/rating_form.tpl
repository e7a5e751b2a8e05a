{{%AUTOESCAPE context="HTML"}}
{{! The rating form. KIND_SERVICE / KIND_APPLICATION / KIND_MESSAGE; MESSAGE_NUMBER MESSAGE_CODE; SERVICES (VALUE LABEL SELECTED); APPLICATION_NUMBER APPLICATION_CODE;
    LEVELS (VALUE LABEL CHECKED); CHANNELS (VALUE LABEL SELECTED); COMMENT CONTACT; HUMAN_CHECK; ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/ratings">好差评</a> / <span aria-current="page">我要评价</span></nav>
<header class="page-header"><h1>我要评价</h1>
<p class="lead">您的评价将用于改进服务。给出“不满意”或“非常不满意”评价的，请写明原因，我们会回访核实并整改。</p></header>
<form class="form card" method="post" action="/ratings" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未提交，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<fieldset class="field">
<legend>评价对象</legend>
<p class="field-check"><input type="radio" id="r-kind-s" name="kind" value="service"{{#KIND_SERVICE}} checked{{/KIND_SERVICE}}> <label for="r-kind-s">政务服务事项</label></p>
<div class="field{{#ERR_SERVICE_ID}} has-error{{/ERR_SERVICE_ID}}"><label for="r-service">服务事项</label>
{{#ERR_SERVICE_ID}}<p class="field-error" id="r-service-err">{{MSG}}</p>{{/ERR_SERVICE_ID}}
<select id="r-service" name="service_id"{{#ERR_SERVICE_ID}} aria-describedby="r-service-err" aria-invalid="true"{{/ERR_SERVICE_ID}}><option value="">请选择</option>{{#SERVICES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SERVICES}}</select></div>
<p class="field-check"><input type="radio" id="r-kind-a" name="kind" value="application"{{#KIND_APPLICATION}} checked{{/KIND_APPLICATION}}> <label for="r-kind-a">我的政府信息公开申请（已办结）</label></p>
<div class="grid">
<div class="field{{#ERR_APPLICATION_NUMBER}} has-error{{/ERR_APPLICATION_NUMBER}}"><label for="r-app">申请编号</label>
{{#ERR_APPLICATION_NUMBER}}<p class="field-error" id="r-app-err">{{MSG}}</p>{{/ERR_APPLICATION_NUMBER}}
<input id="r-app" name="application_number" type="text" value="{{APPLICATION_NUMBER}}" maxlength="40"{{#ERR_APPLICATION_NUMBER}} aria-describedby="r-app-err" aria-invalid="true"{{/ERR_APPLICATION_NUMBER}}></div>
<div class="field"><label for="r-app-code">申请查询码</label><input id="r-app-code" name="application_code" type="text" value="{{APPLICATION_CODE}}" maxlength="20" autocomplete="off"></div>
</div>
<p class="field-check"><input type="radio" id="r-kind-m" name="kind" value="message"{{#KIND_MESSAGE}} checked{{/KIND_MESSAGE}}> <label for="r-kind-m">我的留言（已答复）</label></p>
<div class="grid">
<div class="field{{#ERR_MESSAGE_NUMBER}} has-error{{/ERR_MESSAGE_NUMBER}}"><label for="r-msg">留言编号</label>
{{#ERR_MESSAGE_NUMBER}}<p class="field-error" id="r-msg-err">{{MSG}}</p>{{/ERR_MESSAGE_NUMBER}}
<input id="r-msg" name="message_number" type="text" inputmode="numeric" value="{{MESSAGE_NUMBER}}" maxlength="20"{{#ERR_MESSAGE_NUMBER}} aria-describedby="r-msg-err" aria-invalid="true"{{/ERR_MESSAGE_NUMBER}}></div>
<div class="field"><label for="r-msg-code">留言查询码</label><input id="r-msg-code" name="message_code" type="text" value="{{MESSAGE_CODE}}" maxlength="20" autocomplete="off"></div>
</div>
</fieldset>
<fieldset class="field{{#ERR_LEVEL}} has-error{{/ERR_LEVEL}}">
<legend>评价等级</legend>
{{#ERR_LEVEL}}<p class="field-error">{{MSG}}</p>{{/ERR_LEVEL}}
<div class="rating-levels">{{#LEVELS}}<p class="field-check"><input type="radio" id="r-level-{{VALUE}}" name="level" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="r-level-{{VALUE}}">{{LABEL}}</label></p>{{/LEVELS}}</div>
</fieldset>
<div class="field{{#ERR_CHANNEL}} has-error{{/ERR_CHANNEL}}"><label for="r-channel">评价渠道</label>
{{#ERR_CHANNEL}}<p class="field-error">{{MSG}}</p>{{/ERR_CHANNEL}}
<select id="r-channel" name="channel">{{#CHANNELS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CHANNELS}}</select>
<p class="field-hint">在窗口、电话或移动端办理后在此补评的，请选择办理时的渠道。</p></div>
<div class="field{{#ERR_COMMENT}} has-error{{/ERR_COMMENT}}"><label for="r-comment">评价内容</label>
{{#ERR_COMMENT}}<p class="field-error" id="r-comment-err">{{MSG}}</p>{{/ERR_COMMENT}}
<textarea id="r-comment" name="comment" rows="5" maxlength="500" aria-describedby="r-comment-hint{{#ERR_COMMENT}} r-comment-err{{/ERR_COMMENT}}"{{#ERR_COMMENT}} aria-invalid="true"{{/ERR_COMMENT}}>{{COMMENT}}</textarea>
<p class="field-hint" id="r-comment-hint">500 字以内。评价内容会在本站公开（其中的电话号码、身份证号码等个人信息自动隐去）。</p></div>
<div class="field{{#ERR_CONTACT}} has-error{{/ERR_CONTACT}}"><label for="r-contact">联系方式（可选）</label>
{{#ERR_CONTACT}}<p class="field-error">{{MSG}}</p>{{/ERR_CONTACT}}
<input id="r-contact" name="contact" type="text" value="{{CONTACT}}" maxlength="50" autocomplete="tel" aria-describedby="r-contact-hint">
<p class="field-hint" id="r-contact-hint">仅用于差评回访，不会公开。</p></div>
{{>HUMAN_CHECK}}
<div class="form-actions"><button type="submit" class="btn btn-primary">提交评价</button></div>
</form>
